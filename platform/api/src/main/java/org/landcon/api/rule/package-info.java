/** The rule SPI: a check on an assembled plan, registered as a whiteboard service. */
@Version("1.0.0")
package org.landcon.api.rule;

import org.osgi.annotation.versioning.Version;
