package org.landcon.construction.internal;

import java.time.LocalDate;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;

/**
 * 先安置再拆旧 for one demolition parcel (条十六): a demolition that removes 0702 农村宅基地 names
 * the resettlement sub-project in {@code resettles}; it may start only on or after the day the
 * last parcel of that sub-project finishes. A resettlement parcel without {@code finish} leaves
 * the date unknown, which fails the check.
 *
 * @param homestead   official area of 0702 the parcel demolishes, m²
 * @param resettles   the named resettlement sub-project, or null
 * @param resettledBy the finish of that sub-project, or null when unknown
 * @param status      the outcome
 */
record ResettlementOrder(ChangeParcel demolition, double homestead, String resettles, LocalDate resettledBy,
        Status status) {

    /** The outcome of the check, with its message. */
    enum Status {
        NO_HOMESTEAD("不拆除宅基地", "demolishes no homestead"),
        IN_ORDER("先安置再拆旧", "resettlement finishes before demolition starts"),
        NO_RESETTLEMENT("拆除宅基地但未填写安置子项目 resettles", "demolishes homesteads but names no resettlement (resettles)"),
        UNKNOWN_RESETTLEMENT("安置子项目不存在", "the resettlement sub-project does not exist"),
        NO_DATES("缺少拆旧开工日期或安置完成日期", "the demolition's start or the resettlement's finish is missing"),
        TOO_EARLY("拆旧开工早于安置完成", "demolition starts before the resettlement finishes");

        final String zh;
        final String en;

        Status(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    static ResettlementOrder of(PlanView plan, ChangeParcel demolition) {
        double homestead = plan.pieces(demolition.id()).stream()
                .filter(x -> "0702".equals(LandClasses.parent(x.fromDLBM())))
                .mapToDouble(OverlayPiece::officialArea).sum();
        String resettles = demolition.text("resettles");
        if (homestead <= 0) {
            return new ResettlementOrder(demolition, 0, resettles, null, Status.NO_HOMESTEAD);
        }
        if (resettles == null) {
            return new ResettlementOrder(demolition, homestead, null, null, Status.NO_RESETTLEMENT);
        }
        List<ChangeParcel> resettlement = plan.changeParcels().stream()
                .filter(p -> resettles.equals(p.subproject())).toList();
        if (resettlement.isEmpty()) {
            return new ResettlementOrder(demolition, homestead, resettles, null, Status.UNKNOWN_RESETTLEMENT);
        }
        LocalDate finish = resettlement.stream().anyMatch(p -> p.finish() == null) ? null
                : resettlement.stream().map(ChangeParcel::finish).max(LocalDate::compareTo).orElseThrow();
        Status status = finish == null || demolition.start() == null ? Status.NO_DATES
                : demolition.start().isBefore(finish) ? Status.TOO_EARLY : Status.IN_ORDER;
        return new ResettlementOrder(demolition, homestead, resettles, finish, status);
    }

    boolean applies() {
        return status != Status.NO_HOMESTEAD;
    }

    boolean inOrder() {
        return status == Status.IN_ORDER;
    }
}
