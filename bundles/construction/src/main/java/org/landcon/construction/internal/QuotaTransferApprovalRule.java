package org.landcon.construction.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * CONS-QUOTA-TRANSFER 节余指标跨县域流转须报自治区人民政府批准 (条八, 十四): a demolition parcel whose
 * {@code transferTo} is not the unit's county lists {@code transferApproval}; a destination outside
 * the region (条十四: 在全区范围内有偿调剂) is a violation whatever the approval. Not applicable
 * when no quota leaves the county.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + QuotaTransferApprovalRule.ID)
public final class QuotaTransferApprovalRule implements PlanRule {
    static final String ID = "CONS-QUOTA-TRANSFER";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "节余指标跨县域流转须报自治区人民政府批准";
    }

    @Override
    public String titleEn() {
        return "Quota leaving the county needs the regional government's approval";
    }

    @Override
    public String article() {
        return "八, 十四";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        List<QuotaTransfer> out = QuotaTransfer.of(plan, QuotaAccount.of(plan)).stream()
                .filter(QuotaTransfer::leavesCounty).toList();
        if (out.isEmpty()) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE).message("无跨县域流转的节余指标",
                    "no quota leaves the county").build();
        }
        List<QuotaTransfer> wrong = out.stream()
                .filter(t -> t.approval() == null || t.scope() == TransferScope.CROSS_REGION).toList();
        Verdict.Builder v = Verdict.of(ID, wrong.isEmpty() ? Outcome.PASS : Outcome.VIOLATION)
                .figure("transfers", out.size()).figure("area", out.stream().mapToDouble(QuotaTransfer::area).sum())
                .figure("unapproved", wrong.size());
        if (wrong.isEmpty()) {
            return v.message(out.size() + " 宗跨县域流转均有自治区人民政府批准文号",
                    "all " + out.size() + " transfers out of the county list the regional government's approval").build();
        }
        return v.features(wrong.stream().map(t -> t.parcel().id()).toList())
                .message(wrong.stream().map(QuotaTransferApprovalRule::zh).collect(Collectors.joining("；")),
                        wrong.stream().map(QuotaTransferApprovalRule::en).collect(Collectors.joining("; ")))
                .build();
    }

    private static String zh(QuotaTransfer t) {
        return t.parcel().id() + " 流向 " + t.destination() + "（" + t.scope().zh + "）"
                + (t.scope() == TransferScope.CROSS_REGION ? "：节余指标只可在全区范围内调剂" : "：缺少自治区人民政府批准文号 transferApproval");
    }

    private static String en(QuotaTransfer t) {
        return t.parcel().id() + " to " + t.destination() + " (" + t.scope().en + ")"
                + (t.scope() == TransferScope.CROSS_REGION ? ": quota may only be traded within the region"
                        : ": no approval of the regional government (transferApproval)");
    }
}
