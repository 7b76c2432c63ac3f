package org.landcon.api.service;

import java.util.List;

import org.landcon.api.model.ModuleRef;
import org.landcon.api.model.RuleRef;
import org.osgi.annotation.versioning.ProviderType;

/** The content modules and rules deployed now, each with the bundle and version that provides it. */
@ProviderType
public interface ModuleRegistry {

    /** Content modules, by type. */
    List<ModuleRef> modules();

    /** Rules, by id. */
    List<RuleRef> rules();
}
