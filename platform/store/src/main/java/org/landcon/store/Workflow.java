package org.landcon.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.landcon.api.model.ApprovalStep;
import org.landcon.store.model.Consent;
import org.landcon.store.model.PlanState;
import org.landcon.store.model.StepRecord;
import org.landcon.store.model.SubprojectAcceptance;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The life cycle of a plan (条八 严格审批程序, 条九 规范实施管理):
 * {@code draft → consented → submitted → approved → implementing → accepted → maintenance}.
 *
 * <p>Each action checks the plan's state and the actor's role (actors are user names of
 * {@link Users}), records who did what and when in the audit log, and refuses a wrong-state or
 * wrong-role action with a {@link StoreException} whose message says, in Chinese and English, what
 * the state or role would have to be. Nothing of a refused action is kept.
 */
@ProviderType
public interface Workflow {

    /** The plan's state. */
    PlanState state(long planId);

    /**
     * Records the consent of one village's body (村民委员会 or 农村集体经济组织), by the village
     * committee of that village, while the plan is {@code draft} or {@code consented}. A later
     * consent of the same village replaces the earlier one.
     */
    Consent recordConsent(long planId, String actor, Consent consent);

    /** The consents recorded, by village code. */
    List<Consent> consents(long planId);

    /**
     * {@code draft → consented}, by the county compiler: every village touched has a consent whose
     * ratio is at least {@code threshold} (the regional policy's consent threshold).
     */
    void confirmConsent(long planId, String actor, Collection<String> villagesTouched, double threshold);

    /**
     * {@code consented → submitted}, by the county compiler of the plan's county, with the approval
     * chain the regional policy gives for this plan. Refused while the latest version has any
     * violation verdict.
     */
    void submit(long planId, String actor, List<ApprovalStep> chain);

    /** The steps of the current submission's chain, with who acted and when. */
    List<StepRecord> chain(long planId);

    /**
     * Approves the next step of the chain; {@code level} must be that step. After the last
     * approval step the plan is {@code approved} and its submitted version is frozen.
     */
    void approve(long planId, String actor, String level, String reference);

    /** {@code submitted → draft}: the approver of the pending step sends the plan back. */
    void reject(long planId, String actor, String reason);

    /** Records a filing step (备案, e.g. {@code ministry-filing}) of an approved plan. */
    void recordFiling(long planId, String actor, String level, String reference);

    /** {@code approved → implementing}, by the county government, once every filing is recorded. */
    void startImplementation(long planId, String actor);

    /**
     * Accepts one sub-project of the approved version (子项目验收), by the county government. A
     * sub-project that creates new 耕地 is accepted only with its measured new 耕地 area (m²).
     *
     * @param measuredArea measured area of new 耕地 in m², or {@code null} when it creates none
     */
    SubprojectAcceptance acceptSubproject(long planId, String actor, String subproject, LocalDate date,
            Double measuredArea, String reference);

    /** The sub-project acceptances so far. */
    List<SubprojectAcceptance> acceptances(long planId);

    /** {@code implementing → accepted} (整体验收), only after every sub-project is accepted. */
    void acceptOverall(long planId, String actor, LocalDate date, String reference);

    /** {@code accepted → maintenance} (后期管护): the owner and the funds (万元) are recorded. */
    void recordMaintenance(long planId, String actor, String owner, double funds, String fundSource);
}
