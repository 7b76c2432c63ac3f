package org.landcon.farmland.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ParcelKind;
import org.landcon.api.model.Problem;
import org.landcon.api.plan.LandClasses;

/**
 * Checks one farmland change parcel as read from {@code subprojects.geojson}. Every problem is an
 * error naming the parcel id and the field:
 * <ul>
 * <li>{@code kind}: unknown kind;</li>
 * <li>a required property of the kind missing or empty;</li>
 * <li>{@code toDLBM}: not a 三调 code; for {@code farmland-creation} not 0101/0102/0103; for
 * {@code dry-to-paddy} not 0101;</li>
 * <li>{@code toGrade}: not a whole number 1–15;</li>
 * <li>{@code measure}: not {@code measured}, {@code map} or {@code coefficient};</li>
 * <li>{@code toKCXS}: not in [0, 1);</li>
 * <li>{@code start}/{@code finish}: not an ISO date, or finish before start.</li>
 * </ul>
 */
final class ParcelValidator {
    static final String FILE = "subprojects.geojson";
    private static final Set<String> MEASURES = Set.of("measured", "map", "coefficient");

    private final ChangeParcel parcel;
    private final List<Problem> problems = new ArrayList<>();

    private ParcelValidator(ChangeParcel parcel) {
        this.parcel = parcel;
    }

    static List<Problem> validate(ChangeParcel parcel) {
        ParcelValidator v = new ParcelValidator(parcel);
        ParcelKind kind = FarmlandKinds.BY_ID.get(parcel.kind());
        if (kind == null) {
            v.error("kind", "未知的农用地整治地块类型“" + parcel.kind() + "”",
                    "unknown farmland parcel kind '" + parcel.kind() + "'");
            return v.problems;
        }
        kind.requiredProperties().forEach(p -> v.required(kind, p));
        v.checkTarget(kind);
        v.checkGrade();
        v.checkMeasure();
        v.checkDeduction();
        v.checkDates();
        return v.problems;
    }

    private void required(ParcelKind kind, String property) {
        if (parcel.text(property) == null) {
            error(property, "缺少必填属性 " + property + "（" + kind.nameZh() + "）",
                    "missing required property " + property + " (" + kind.id() + ")");
        }
    }

    private void checkTarget(ParcelKind kind) {
        String to = parcel.toDLBM();
        if (to == null) {
            return;
        }
        if (!SurveyCodes.isValid(to)) {
            error("toDLBM", "地类编码“" + to + "”不是有效的三调地类编码",
                    "toDLBM '" + to + "' is not a valid land class code (三调)");
        } else if (FarmlandKinds.FARMLAND_CREATION.equals(kind.id()) && !LandClasses.isCultivated(to)) {
            error("toDLBM", "新增耕地的目标地类应为 0101、0102 或 0103，实为“" + to + "”",
                    "farmland-creation must target 0101, 0102 or 0103, not '" + to + "'");
        } else if (FarmlandKinds.DRY_TO_PADDY.equals(kind.id()) && !"0101".equals(to)) {
            error("toDLBM", "旱改水的目标地类应为 0101 水田，实为“" + to + "”",
                    "dry-to-paddy must target 0101 (paddy), not '" + to + "'");
        }
    }

    private void checkGrade() {
        String raw = parcel.text("toGrade");
        Integer grade = parcel.toGrade();
        if (raw != null && (grade == null || grade < 1 || grade > 15)) {
            error("toGrade", "耕地质量等别应为 1–15 的整数，实为“" + raw + "”",
                    "toGrade must be a whole number 1–15, got '" + raw + "'");
        }
    }

    private void checkMeasure() {
        String m = parcel.text("measure");
        if (m != null && !MEASURES.contains(m)) {
            error("measure", "测量方式应为 measured（实测）、map（图上作业）或 coefficient（系数测算），实为“" + m + "”",
                    "measure must be measured, map or coefficient, got '" + m + "'");
        }
    }

    private void checkDeduction() {
        String raw = parcel.text("toKCXS");
        if (raw != null && !(parcel.toKCXS() >= 0 && parcel.toKCXS() < 1)) {
            error("toKCXS", "扣除系数应不小于 0 且小于 1，实为“" + raw + "”",
                    "toKCXS must be at least 0 and less than 1, got '" + raw + "'");
        }
    }

    private void checkDates() {
        boolean startOk = checkDate("start", parcel.start());
        boolean finishOk = checkDate("finish", parcel.finish());
        if (startOk && finishOk && parcel.start() != null && parcel.finish() != null
                && parcel.finish().isBefore(parcel.start())) {
            error("finish", "完工日期 " + parcel.finish() + " 早于开工日期 " + parcel.start(),
                    "finish " + parcel.finish() + " is before start " + parcel.start());
        }
    }

    private boolean checkDate(String field, Object parsed) {
        String raw = parcel.text(field);
        if (raw != null && parsed == null) {
            error(field, "日期“" + raw + "”不是 ISO 日期（YYYY-MM-DD）", field + " '" + raw + "' is not an ISO date (YYYY-MM-DD)");
            return false;
        }
        return true;
    }

    private void error(String field, String zh, String en) {
        problems.add(Problem.error(FILE, parcel.id(), field, zh, en));
    }
}
