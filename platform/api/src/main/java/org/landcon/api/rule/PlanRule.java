package org.landcon.api.rule;

import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A check that the platform runs on every assembled plan. Register an implementation as an OSGi
 * service (whiteboard) with the service property {@link #RULE_ID} and, for a regional rule,
 * {@link #RULE_REGIONS}; the assembly picks it up and drops it dynamically.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link #id()} is stable and from the rule catalogue; a new rule uses a new, prefixed id
 * (e.g. {@code NX-...}) and never reuses an id for another meaning;</li>
 * <li>{@link #evaluate(PlanView)} returns exactly one verdict whose {@code rule} is {@link #id()},
 * with figures in m² (areas) and 0–1 (ratios), and the ids of the features behind it;</li>
 * <li>it must not modify anything and may be called concurrently for different plans; an
 * exception or a time-out becomes an {@code error} verdict naming the rule's bundle.</li>
 * </ul>
 */
@ConsumerType
public interface PlanRule {

    /** Service property: the rule id (String). */
    String RULE_ID = "landcon.rule.id";

    /** Service property: region codes the rule applies to (String or String[]); absent = every region. */
    String RULE_REGIONS = "landcon.rule.regions";

    /** The rule id, e.g. {@code PBF-CAP}. */
    String id();

    /** The title in Chinese, e.g. 永久基本农田调整规模不超过5%. */
    String title();

    /** The title in English. */
    String titleEn();

    /** The article (条) of the policy the rule enforces, e.g. {@code 十一}. */
    String article();

    /** Checks the plan. */
    Verdict evaluate(PlanView plan);
}
