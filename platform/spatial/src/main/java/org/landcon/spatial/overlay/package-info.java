/**
 * Overlay of change parcels (变化地块) on the land-use survey (地类图斑) by the accounting
 * convention of the rule catalogue: official areas split by planar fractions, 田坎 deductions,
 * conflicts between change parcels counted for neither.
 */
@Version("1.1.0")
package org.landcon.spatial.overlay;

import org.osgi.annotation.versioning.Version;
