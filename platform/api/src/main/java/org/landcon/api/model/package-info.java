/**
 * Immutable data of a consolidation plan: the unit (整治单元), the survey parcels (地类图斑, DLTB),
 * the change parcels (变化地块) of sub-projects, control-line features, the overlay pieces, the
 * land balance, verdicts, problems and tables. Official survey field names are kept as they are.
 */
@Version("1.1.0")
package org.landcon.api.model;

import org.osgi.annotation.versioning.Version;
