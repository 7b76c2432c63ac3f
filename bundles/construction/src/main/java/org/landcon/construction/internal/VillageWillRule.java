package org.landcon.construction.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * CONS-VILLAGE-WILL 不得违背村民意愿合村并居、整村搬迁、大拆大建 (条十六): every change parcel, of any
 * type, with {@code households} &gt; 0 carries a {@code consentRatio} of at least the region's
 * {@link RegionalPolicy#consentThreshold()}.
 * <ul>
 * <li>a parcel with no consent record at all is a violation, policy or not;</li>
 * <li>without a regional policy for the unit's region the threshold is unknown: recorded ratios
 * give a warning naming the missing policy;</li>
 * <li>not applicable when no parcel affects households.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + VillageWillRule.ID)
public final class VillageWillRule implements PlanRule {
    static final String ID = "CONS-VILLAGE-WILL";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "不得违背村民意愿合村并居、整村搬迁、大拆大建";
    }

    @Override
    public String titleEn() {
        return "No relocation against the villagers' will";
    }

    @Override
    public String article() {
        return "十六";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        List<ChangeParcel> relocating = plan.changeParcels().stream()
                .filter(p -> p.number("households") != null && p.number("households") > 0).toList();
        if (relocating.isEmpty()) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE).message("方案不涉及搬迁农户", "the plan relocates no household")
                    .build();
        }
        List<ChangeParcel> unrecorded = relocating.stream().filter(p -> p.number("consentRatio") == null).toList();
        Optional<Double> threshold = plan.policy().map(RegionalPolicy::consentThreshold);
        List<ChangeParcel> below = threshold.map(t -> relocating.stream()
                .filter(p -> p.number("consentRatio") != null && p.number("consentRatio") < t).toList()).orElse(List.of());
        Verdict.Builder v = Verdict.of(ID, outcome(unrecorded, below, threshold))
                .figure("households", relocating.stream().mapToDouble(p -> p.number("households")).sum())
                .figure("parcels", relocating.size());
        threshold.ifPresent(t -> v.figure("threshold", t));
        relocating.stream().map(p -> p.number("consentRatio")).filter(r -> r != null).min(Double::compare)
                .ifPresent(r -> v.figure("minConsentRatio", r));
        if (!unrecorded.isEmpty() || !below.isEmpty()) {
            v.features(unrecorded.stream().map(ChangeParcel::id).toList());
            v.features(below.stream().map(ChangeParcel::id).toList());
            return v.message(problemsZh(unrecorded, below, threshold), problemsEn(unrecorded, below, threshold)).build();
        }
        if (threshold.isEmpty()) {
            String region = plan.unit().region();
            return v.message("未部署地区 " + region + " 的地区政策（RegionalPolicy），无法核对村民同意比例阈值",
                    "no regional policy (RegionalPolicy) for region " + region
                            + " is deployed: the consent threshold cannot be checked").build();
        }
        return v.message("搬迁农户的同意比例均不低于 " + Areas.ratio(threshold.get()),
                "every relocation has a consent ratio of at least " + Areas.ratio(threshold.get())).build();
    }

    private static Outcome outcome(List<ChangeParcel> unrecorded, List<ChangeParcel> below, Optional<Double> threshold) {
        if (!unrecorded.isEmpty() || !below.isEmpty()) {
            return Outcome.VIOLATION;
        }
        return threshold.isEmpty() ? Outcome.WARNING : Outcome.PASS;
    }

    private static String problemsZh(List<ChangeParcel> unrecorded, List<ChangeParcel> below, Optional<Double> t) {
        String a = unrecorded.isEmpty() ? "" : "未记录村民同意比例 consentRatio：" + ids(unrecorded);
        String b = below.isEmpty() ? "" : "同意比例低于 " + Areas.ratio(t.orElse(0.0)) + "：" + ratios(below);
        return a.isEmpty() || b.isEmpty() ? a + b : a + "；" + b;
    }

    private static String problemsEn(List<ChangeParcel> unrecorded, List<ChangeParcel> below, Optional<Double> t) {
        String a = unrecorded.isEmpty() ? "" : "no consent ratio (consentRatio) recorded: " + ids(unrecorded);
        String b = below.isEmpty() ? "" : "consent ratio below " + Areas.ratio(t.orElse(0.0)) + ": " + ratios(below);
        return a.isEmpty() || b.isEmpty() ? a + b : a + "; " + b;
    }

    private static String ids(List<ChangeParcel> parcels) {
        return parcels.stream().map(ChangeParcel::id).collect(Collectors.joining(", "));
    }

    private static String ratios(List<ChangeParcel> parcels) {
        return parcels.stream().map(p -> p.id() + " " + Areas.ratio(p.number("consentRatio")))
                .collect(Collectors.joining(", "));
    }
}
