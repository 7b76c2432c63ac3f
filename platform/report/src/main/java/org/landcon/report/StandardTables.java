package org.landcon.report;

import java.util.List;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandBalance;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Table;
import org.landcon.api.model.Unit;
import org.landcon.report.internal.FundingTable;
import org.landcon.report.internal.IndicatorTable;
import org.landcon.report.internal.LandUseStructureTable;
import org.landcon.report.internal.PlanFigures;
import org.landcon.report.internal.ScheduleTable;
import org.landcon.report.internal.SubprojectTable;

/**
 * The standard tables of an implementation plan that the platform computes itself (domain reference
 * §5); T2, T3 and T5 are ledgers of the content modules. Areas come in m² and are shown in 公顷 with
 * 亩 beside; money in 万元; cells the plan has no figure for are {@code null}, never 0.
 */
public final class StandardTables {

    private StandardTables() {
    }

    /**
     * T1 整治前后土地利用结构调整表: every 一级 class of the 三调 classification, under each the 二级
     * classes present (K and A codes folded into their parent), area before/after in 公顷 and 亩, share
     * in %, change; then 合计 and the subtotals 耕地 and 建设用地.
     */
    public static Table t1(LandBalance balance) {
        return LandUseStructureTable.of(balance);
    }

    /**
     * T1 as {@link #t1(LandBalance)} for an assembled plan, with the row 其中：永久基本农田: before the
     * designated area, after designated − 调出 + 调入 ({@code totals.pbf}).
     */
    public static Table t1(AssembledPlan plan) {
        PlanFigures f = new PlanFigures(plan);
        return LandUseStructureTable.of(plan.balance(), f.total("pbf", "designated"), f.pbfAfter());
    }

    /**
     * T4 子项目安排表: one row per sub-project (parcels grouped by {@code subproject}, in the order of
     * their first parcel) with type, kinds, villages ({@code village} or {@code QSDWMC}), parcel
     * count, planar area, investment, funding split, department, start/finish and households.
     */
    public static Table t4(List<ChangeParcel> parcels) {
        return SubprojectTable.of(parcels);
    }

    /**
     * T4 as {@link #t4(List)}, with the overlay figures of each sub-project by the accounting
     * convention: official area (f × TBMJ), 耕地 covered, new 耕地 from other classes, and the net
     * reduction of 建设用地 (公顷, the official area also in 亩).
     */
    public static Table t4(List<ChangeParcel> parcels, List<OverlayPiece> pieces) {
        return SubprojectTable.of(parcels, java.util.Objects.requireNonNull(pieces, "pieces"));
    }

    /**
     * T6 投资估算与资金平衡表: per sub-project investment, funding by source, funding total, balance
     * (funding − investment) and the share of debt-financed funding; a 合计 row.
     */
    public static Table t6(List<ChangeParcel> parcels) {
        return FundingTable.of(parcels);
    }

    /** T7 实施时序表: per sub-project and year of the plan period, the 开工 / 实施 / 完工 milestones. */
    public static Table t7(Unit unit, List<ChangeParcel> parcels) {
        return ScheduleTable.of(unit, parcels);
    }

    /**
     * T8 主要指标表: 耕地, 水田, PBF (designated, out, in, ratio, after), construction, ecological
     * land, red line, quota, investment, debt share, consent, each with the verdict of its rule.
     */
    public static Table t8(AssembledPlan plan) {
        return IndicatorTable.of(plan);
    }
}
