package org.landcon.farmland.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * PBF-FIRST-SUPPLEMENT 先补后调 (条十一).
 * <ul>
 * <li>the 调出 parcels are taken in order of {@code start}; for each, the cumulative 调出 of every
 * parcel starting on or before that day (parcels starting the same day count together) must not
 * exceed the cumulative 调入 whose {@code finish} is on or before that day (0.01 m² tolerance);</li>
 * <li>areas are official areas ({@link PbfSide}); 调入 without {@code finish} is never counted as done;</li>
 * <li>a 调出 parcel without {@code start} cannot be scheduled and is a violation;</li>
 * <li>features: the 调出 parcels that start before enough 调入 is finished; figures: totals, the
 * number of such parcels, and for the first of them its date, the required and the finished area.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=PBF-FIRST-SUPPLEMENT")
public final class PbfFirstSupplementRule extends CatalogueRule {
    private static final double TOLERANCE = 0.01;
    private static final Comparator<ChangeParcel> BY_START = Comparator.comparing(ChangeParcel::start,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public PbfFirstSupplementRule() {
        super("PBF-FIRST-SUPPLEMENT", "永久基本农田先补后调", "PBF supplemented before it is taken out", "十一");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        PbfSide out = PbfSide.out(plan);
        PbfSide in = PbfSide.in(plan);
        if (out.isEmpty()) {
            return verdict(Outcome.NOT_APPLICABLE, "方案未调出永久基本农田", "the plan takes no PBF out").build();
        }
        List<String> late = new ArrayList<>();
        Verdict.Builder first = null;
        for (ChangeParcel p : out.parcels().stream().sorted(BY_START).toList()) {
            if (p.start() == null) {
                late.add(p.id());
                continue;
            }
            double required = outStartingBy(out, p.start());
            double finished = inFinishedBy(in, p.start());
            if (finished + TOLERANCE < required) {
                late.add(p.id());
                first = first != null ? first : violation(p, required, finished);
            }
        }
        Verdict.Builder v = late.isEmpty()
                ? verdict(Outcome.PASS, "每一调出地块开工前已完成不少于累计调出面积的补划",
                        "every PBF out starts after at least as much PBF in is finished")
                : first != null ? first : verdict(Outcome.VIOLATION, "调出地块缺少开工日期，无法核验先补后调",
                        "PBF out without start date: supplement-first cannot be verified");
        return v.features(late).figure("lateParcels", late.size()).figure("outArea", out.area())
                .figure("inArea", in.area()).build();
    }

    private Verdict.Builder violation(ChangeParcel p, double required, double finished) {
        return verdict(Outcome.VIOLATION,
                "未先补后调：调出地块 " + p.id() + " 于 " + p.start() + " 开工时累计调出 " + AreaUnits.zh(required)
                        + "，此前完成补划仅 " + AreaUnits.zh(finished),
                "not supplemented first: PBF out " + p.id() + " starts " + p.start() + " with " + AreaUnits.en(required)
                        + " out in total, but only " + AreaUnits.en(finished) + " in finished by then")
                .figure("firstLateDate", p.start().toString()).figure("requiredArea", required)
                .figure("finishedArea", finished);
    }

    private static double outStartingBy(PbfSide out, LocalDate day) {
        return out.parcels().stream().filter(p -> p.start() != null && !p.start().isAfter(day)).mapToDouble(out::area)
                .sum();
    }

    private static double inFinishedBy(PbfSide in, LocalDate day) {
        return in.parcels().stream().filter(p -> p.finish() != null && !p.finish().isAfter(day)).mapToDouble(in::area)
                .sum();
    }
}
