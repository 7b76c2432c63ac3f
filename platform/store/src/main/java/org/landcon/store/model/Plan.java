package org.landcon.store.model;

import java.time.Instant;

/**
 * A plan (实施方案) of one township.
 *
 * @param id                the plan's id
 * @param unitCode          township code (9 digits)
 * @param name              the plan's name
 * @param region            region code (6 digits)
 * @param county            county code (6 digits)
 * @param state             where it is in its life cycle
 * @param created           when it was created
 * @param createdBy         who created it
 * @param approvedVersionId the version that was approved (frozen), or {@code null}
 */
public record Plan(long id, String unitCode, String name, String region, String county, PlanState state,
        Instant created, String createdBy, Long approvedVersionId) {
}
