package org.landcon.assembly.internal.rules;

import java.util.List;
import java.util.stream.Collectors;

import org.landcon.api.model.ApprovalStep;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * PROC-APPROVAL 审批层级 (条八): derives the approval chain from the regional policy — quota
 * leaving the county ({@code transferTo} naming another county) and PBF adjustment ({@code pbf-out}
 * parcels) add steps. Reports (info); a region with no policy deployed gets a warning.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=PROC-APPROVAL")
public class ProcApprovalRule implements PlanRule {

    @Override
    public String id() {
        return "PROC-APPROVAL";
    }

    @Override
    public String title() {
        return "审批层级";
    }

    @Override
    public String titleEn() {
        return "Approval chain";
    }

    @Override
    public String article() {
        return "八";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        String county = plan.unit().county();
        boolean quotaLeaves = plan.changeParcels().stream().map(p -> p.text("transferTo"))
                .anyMatch(t -> t != null && !t.equals(county));
        boolean pbfAdjusted = plan.changeParcels().stream().map(ChangeParcel::kind).anyMatch("pbf-out"::equals);
        if (plan.policy().isEmpty()) {
            return Verdict.of(id(), Outcome.WARNING)
                    .message("未部署区域 " + plan.unit().region() + " 的政策参数，无法确定审批层级",
                            "no regional policy deployed for region " + plan.unit().region() + ": approval chain unknown")
                    .figure("quotaLeavesCounty", quotaLeaves).figure("pbfAdjusted", pbfAdjusted).build();
        }
        RegionalPolicy policy = plan.policy().get();
        List<ApprovalStep> chain = policy.approvalChain(quotaLeaves, pbfAdjusted);
        String zh = chain.stream().map(s -> s.nameZh() + (s.filing() ? "（备案）" : "")).collect(Collectors.joining(" → "));
        String en = chain.stream().map(s -> s.nameEn() + (s.filing() ? " (filing)" : "")).collect(Collectors.joining(" → "));
        return Verdict.of(id(), Outcome.INFO).message("审批层级：" + zh, "approval chain: " + en)
                .figure("chain", chain.stream().map(ApprovalStep::level).toList())
                .figure("quotaLeavesCounty", quotaLeaves).figure("pbfAdjusted", pbfAdjusted).build();
    }
}
