/** The platform's {@link org.landcon.api.plan.PlanView}: a plan package with its overlay computed. */
@Version("1.0.0")
package org.landcon.spatial.plan;

import org.osgi.annotation.versioning.Version;
