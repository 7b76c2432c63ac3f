package org.landcon.ecology.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * ECO-REDLINE-FARMLAND 红线内耕地调出：除集中连片梯田和共生耕地外 (条十三).
 * <ul>
 * <li>耕地 moved out of the red line: the part inside STBHHX of a change parcel (any type) over a
 * 耕地 地类图斑, when the parcel's {@code toDLBM} is not 耕地 or the parcel is a
 * {@code redline-exit};</li>
 * <li>none of it may be 梯田 (DLTB GDLX = TT; every TT polygon is taken as part of contiguous
 * terraces, contiguity is not measured) nor on a parcel marked {@code symbiotic} = true;</li>
 * <li>figures in planar m² inside the red line: {@code movedOut}, {@code terraces},
 * {@code symbiotic}; features: the offending parcels, the message names the 地类图斑;</li>
 * <li>not applicable without STBHHX or when no 耕地 leaves the red line.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + RedLineFarmlandExitRule.ID)
public final class RedLineFarmlandExitRule implements PlanRule {
    static final String ID = "ECO-REDLINE-FARMLAND";

    /** One 耕地 地类图斑 part leaving the red line. */
    private record Exit(ChangeParcel parcel, LandParcel land, double area, boolean terrace, boolean symbiotic) {
        boolean forbidden() {
            return terrace || symbiotic;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "红线内耕地调出不得为集中连片梯田或共生耕地";
    }

    @Override
    public String titleEn() {
        return "Farmland leaving the red line is neither contiguous terraces nor symbiotic";
    }

    @Override
    public String article() {
        return "十三";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        List<Exit> exits = RedLine.present(plan) ? exits(plan) : List.of();
        if (exits.isEmpty()) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE).message("无耕地调出生态保护红线",
                    "no farmland leaves the ecological red line").build();
        }
        List<Exit> forbidden = exits.stream().filter(Exit::forbidden).toList();
        Verdict.Builder v = Verdict.of(ID, forbidden.isEmpty() ? Outcome.PASS : Outcome.VIOLATION)
                .figure("movedOut", sum(exits)).figure("terraces", sum(exits.stream().filter(Exit::terrace).toList()))
                .figure("symbiotic", sum(exits.stream().filter(Exit::symbiotic).toList()));
        if (forbidden.isEmpty()) {
            return v.message("调出生态保护红线的耕地 " + Areas.m2(sum(exits)) + " 均非梯田或共生耕地",
                    Areas.m2(sum(exits)) + " of farmland leaves the red line, none of it terraces or symbiotic").build();
        }
        Set<String> parcels = new LinkedHashSet<>();
        forbidden.forEach(e -> parcels.add(e.parcel().id()));
        return v.features(parcels)
                .message("调出生态保护红线的耕地含梯田或共生耕地：" + forbidden.stream().map(e -> describe(e, "梯田", "共生耕地"))
                        .collect(Collectors.joining("；")),
                        "farmland leaving the red line includes terraces or symbiotic farmland: " + forbidden.stream()
                                .map(e -> describe(e, "terraces", "symbiotic")).collect(Collectors.joining("; ")))
                .build();
    }

    private static List<Exit> exits(PlanView plan) {
        List<Exit> out = new ArrayList<>();
        for (ChangeParcel p : plan.changeParcels()) {
            boolean exit = EcologyKinds.REDLINE_EXIT.equals(p.kind())
                    || p.toDLBM() != null && !LandClasses.isCultivated(p.toDLBM());
            if (!exit) {
                continue;
            }
            for (LandParcel l : plan.landParcelsIntersecting(p.geometry())) {
                double inside = LandClasses.isCultivated(l.DLBM()) ? RedLine.inside(plan, p, l) : 0;
                if (inside > Areas.TOLERANCE) {
                    out.add(new Exit(p, l, inside, "TT".equals(l.GDLX()), symbiotic(p)));
                }
            }
        }
        return out;
    }

    private static boolean symbiotic(ChangeParcel p) {
        Object v = p.properties().get("symbiotic");
        return v != null && "true".equals(v.toString());
    }

    private static double sum(List<Exit> exits) {
        return exits.stream().mapToDouble(Exit::area).sum();
    }

    private static String describe(Exit e, String terrace, String symbiotic) {
        String why = e.terrace() && e.symbiotic() ? terrace + ", " + symbiotic : e.terrace() ? terrace : symbiotic;
        return e.parcel().id() + " / " + e.land().BSM() + " " + Areas.m2(e.area()) + " (" + why + ")";
    }
}
