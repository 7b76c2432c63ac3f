package org.landcon.spatial.io.internal;

import java.util.List;

import org.landcon.api.model.Problem;
import org.landcon.spatial.io.Feature;

/**
 * TBMJ 图斑面积, KCMJ 扣除面积 and TBDLMJ 图斑地类面积 of one parcel, in m²: TBMJ required, KCMJ
 * missing → 0, TBDLMJ missing → TBMJ − KCMJ, TBDLMJ given → must equal TBMJ − KCMJ within 0.01 m².
 */
record Areas(double tbmj, double kcmj, double tbdlmj) {

    private static final double TOLERANCE = 0.01 + 1e-9;

    static Areas of(Feature f, String file, String feature, List<Problem> problems) {
        Double tbmj = number(f, "TBMJ", file, feature, problems);
        Double kcmj = number(f, "KCMJ", file, feature, problems);
        Double tbdlmj = number(f, "TBDLMJ", file, feature, problems);
        if (tbmj == null) {
            if (FieldValues.text(f.get("TBMJ")) == null) {
                problems.add(Problem.error(file, feature, "TBMJ", "图斑面积 TBMJ 为空", "TBMJ (parcel area) is missing"));
            }
            return new Areas(0, 0, 0);
        }
        double k = kcmj == null ? 0 : kcmj;
        double expected = tbmj - k;
        if (tbdlmj != null && Math.abs(tbdlmj - expected) > TOLERANCE) {
            problems.add(Problem.error(file, feature, "TBDLMJ", "图斑地类面积 TBDLMJ（" + FieldValues.area(tbdlmj)
                    + "）不等于 TBMJ − KCMJ（" + FieldValues.area(expected) + "）", "TBDLMJ ("
                    + FieldValues.area(tbdlmj) + ") differs from TBMJ − KCMJ (" + FieldValues.area(expected) + ")"));
        }
        return new Areas(tbmj, k, tbdlmj == null ? expected : tbdlmj);
    }

    private static Double number(Feature f, String field, String file, String feature, List<Problem> problems) {
        try {
            return FieldValues.number(f.get(field));
        } catch (NumberFormatException e) {
            problems.add(Problem.error(file, feature, field, field + " 不是数值：" + f.get(field),
                    field + " is not a number: " + f.get(field)));
            return null;
        }
    }
}
