/** Writing an assembled plan out in the exchange format: plan.json (and, with the report, the rest). */
@Version("1.0.0")
package org.landcon.assembly.output;

import org.osgi.annotation.versioning.Version;
