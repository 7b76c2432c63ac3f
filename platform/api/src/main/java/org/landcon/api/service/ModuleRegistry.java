package org.landcon.api.service;

import java.util.List;

import org.landcon.api.model.ModuleRef;
import org.landcon.api.model.PolicyRef;
import org.landcon.api.model.RuleRef;
import org.osgi.annotation.versioning.ProviderType;

/** The content modules and rules deployed now, each with the bundle and version that provides it. */
@ProviderType
public interface ModuleRegistry {

    /** Content modules, by type. */
    List<ModuleRef> modules();

    /** Rules, by id. */
    List<RuleRef> rules();

    /**
     * The rules a plan of {@code region} is checked with: those registered for every region and
     * those whose {@code landcon.rule.regions} names it.
     *
     * @since 1.1
     */
    List<RuleRef> rules(String region);

    /**
     * Regional policies, by region code.
     *
     * @since 1.1
     */
    List<PolicyRef> policies();
}
