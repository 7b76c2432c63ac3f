/**
 * Immutable records the store services take and return: plans, versions, audit entries, consents,
 * approval steps taken, acceptances, users, roles and sessions. Areas in m², times as instants.
 */
@Version("1.1.0")
package org.landcon.store.model;

import org.osgi.annotation.versioning.Version;
