package org.landcon.spatial.io.internal;

import java.util.List;

import org.landcon.api.model.Problem;
import org.landcon.spatial.io.Feature;

/** Whole-number grades of a parcel (GDDB 1–15, GDPDJB 1–5): absent is fine, out of range is an error. */
final class Grades {

    private Grades() {
    }

    static Integer grade(Feature f, String field, int max, String nameZh, String file, String feature,
            List<Problem> problems) {
        Object v = f.get(field);
        try {
            Integer g = FieldValues.integer(v);
            if (g == null || g == 0 && v instanceof Number) {
                return null; // a DBF writes an empty numeric field as 0 in some tools: treat as absent
            }
            if (g >= 1 && g <= max) {
                return g;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problem.error(file, feature, field, nameZh + " " + field + " 应为 1–" + max + " 的整数，实际为 " + v,
                field + " must be a whole number from 1 to " + max + ", found " + v));
        return null;
    }
}
