/** The regional-policy SPI: a region's parameters of the national rules. */
@Version("1.0.0")
package org.landcon.api.region;

import org.osgi.annotation.versioning.Version;
