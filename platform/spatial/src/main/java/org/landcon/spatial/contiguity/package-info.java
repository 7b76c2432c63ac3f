/**
 * 集中连片: contiguous patches of farmland and the indices the ministry's review form and the
 * literature use to judge them (patch count, mean patch area, the 4-class histogram ≤ 5, 5–10,
 * 10–20, > 20 亩, share of area in patches ≥ 100 亩, Simmons index, effective mesh size).
 * {@link org.landcon.spatial.contiguity.PatchAnalysis} is the entry point.
 */
@Version("1.1.0")
package org.landcon.spatial.contiguity;

import org.osgi.annotation.versioning.Version;
