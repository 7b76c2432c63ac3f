/** Services the platform offers to every bundle: assembling plans, reading packages, listing modules. */
@Version("1.1.0")
package org.landcon.api.service;

import org.osgi.annotation.versioning.Version;
