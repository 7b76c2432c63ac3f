/**
 * What a rule or a content module sees of a plan while it is assembled: {@link PlanView}, and the
 * class groups of the accounting convention ({@link LandClasses}).
 */
@Version("1.1.0")
package org.landcon.api.plan;

import org.osgi.annotation.versioning.Version;
