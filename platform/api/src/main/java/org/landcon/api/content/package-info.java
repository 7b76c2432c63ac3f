/** The content-module SPI: one department's kind of work (农用地整治, 建设用地整理 …). */
@Version("1.1.0")
package org.landcon.api.content;

import org.osgi.annotation.versioning.Version;
