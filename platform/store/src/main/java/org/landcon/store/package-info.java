/**
 * The platform's persistence and the plan's life cycle: {@link org.landcon.store.PlanStore} (plans
 * and their immutable versions, change parcels and layers), {@link org.landcon.store.AuditLog}
 * (append-only, hash-chained: 全过程留痕), {@link org.landcon.store.Workflow} (the state machine of
 * articles 八 and 九: consent, submission, approval, implementation, acceptance, maintenance) and
 * {@link org.landcon.store.Users} (users, roles, departments, sessions).
 *
 * <p>Every write is one transaction and appends its audit entry inside that transaction. Refusals
 * are {@link org.landcon.store.StoreException}s whose message is Chinese first, English beside it.
 * The interfaces say nothing of H2, so that a PostgreSQL/PostGIS implementation can replace it.
 */
@Version("1.1.0")
package org.landcon.store;

import org.osgi.annotation.versioning.Version;
