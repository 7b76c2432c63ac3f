package org.landcon.api.service;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.PlanPackage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Assembles a plan: overlays the change parcels on the survey, lets every content module compute
 * its ledger and runs every applicable rule, each isolated. The set of modules and rules is taken
 * once at the start, so a plan is assembled with one consistent rule set even while bundles are
 * swapped.
 */
@ProviderType
public interface PlanAssembler {

    /**
     * Assembles the package with the modules and rules deployed now.
     *
     * @throws InvalidPackageException when a content module finds its parcels unusable; the
     *                                 problems name the parcel and the field
     */
    AssembledPlan assemble(PlanPackage pkg) throws InvalidPackageException;
}
