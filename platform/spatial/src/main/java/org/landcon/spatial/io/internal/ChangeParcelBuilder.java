package org.landcon.spatial.io.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Problem;
import org.landcon.spatial.io.Feature;
import org.landcon.spatial.io.FeatureLayer;

/**
 * Turns the features of {@code subprojects.geojson} into {@link ChangeParcel}s, keeping every
 * property: the id is required and unique (a duplicate names both features), {@code subproject},
 * {@code type} and {@code kind} are required, {@code toDLBM} must be a 三调 code, {@code toGrade}
 * 1–15, {@code toKCXS} 0–1, {@code start}/{@code finish} ISO dates, and the geometry a valid polygon.
 */
public final class ChangeParcelBuilder {

    private static final Map<String, String> REQUIRED = Map.of("subproject", "子项目编号", "type", "内容类型",
            "kind", "地块类型");

    private ChangeParcelBuilder() {
    }

    public static List<ChangeParcel> build(FeatureLayer layer, List<Problem> problems) {
        String file = layer.file();
        Map<String, Integer> seen = new HashMap<>();
        List<ChangeParcel> parcels = new ArrayList<>();
        for (int i = 0; i < layer.features().size(); i++) {
            Feature f = layer.features().get(i);
            int n = i + 1;
            int before = problems.size();
            String id = f.id();
            String name = id != null ? id : "#" + n;
            if (id == null) {
                problems.add(Problem.error(file, name, "id", "要素缺少编号 id", "the feature has no id"));
            } else if (seen.putIfAbsent(id, n) != null) {
                problems.add(Problem.error(file, id, "id", "要素编号“" + id + "”重复：第 " + seen.get(id) + " 个与第 " + n
                        + " 个要素", "duplicate feature id \"" + id + "\": features " + seen.get(id) + " and " + n));
            }
            for (String key : List.of("subproject", "type", "kind")) {
                if (FieldValues.text(f.get(key)) == null) {
                    problems.add(Problem.error(file, name, key, "缺少属性 " + key + "（" + REQUIRED.get(key) + "）",
                            "property " + key + " is missing"));
                }
            }
            ChangeParcel p = parcel(f, id, file, name, problems);
            GeometryCheck.check(f.geometry(), false, file, name, problems);
            if (problems.size() == before) {
                parcels.add(p);
            }
        }
        return parcels;
    }

    private static ChangeParcel parcel(Feature f, String id, String file, String name, List<Problem> problems) {
        String toDLBM = FieldValues.text(f.get("toDLBM"));
        if (toDLBM != null && !LandClassCodes.isKnown(toDLBM)) {
            problems.add(Problem.error(file, name, "toDLBM", "目标地类编码 toDLBM“" + toDLBM + "”不在三调工作分类中",
                    "toDLBM \"" + toDLBM + "\" is not a 三调 land class code"));
        }
        Integer toGrade = Grades.grade(f, "toGrade", 15, "耕地质量等别", file, name, problems);
        return new ChangeParcel(id, FieldValues.text(f.get("subproject")), FieldValues.text(f.get("name")),
                FieldValues.text(f.get("type")), FieldValues.text(f.get("kind")), toDLBM, toGrade,
                kcxs(f, file, name, problems), FieldValues.text(f.get("measure")), date(f, "start", file, name,
                        problems), date(f, "finish", file, name, problems), FieldValues.present(f.properties()), f.geometry());
    }

    private static double kcxs(Feature f, String file, String name, List<Problem> problems) {
        Object v = f.get("toKCXS");
        try {
            Double d = FieldValues.number(v);
            if (d == null || d >= 0 && d < 1) {
                return d == null ? 0 : d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problem.error(file, name, "toKCXS", "扣除系数 toKCXS 应为 0–1 之间的数值，实际为 " + v,
                "toKCXS must be a number from 0 to 1, found " + v));
        return 0;
    }

    private static LocalDate date(Feature f, String key, String file, String name, List<Problem> problems) {
        Object v = f.get(key);
        String s = FieldValues.text(v);
        try {
            return v instanceof LocalDate d ? d : s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(file, name, key, "日期 " + key + " 应为 ISO 格式（如 2025-03-01），实际为 " + s,
                    key + " must be an ISO date (e.g. 2025-03-01), found " + s));
            return null;
        }
    }
}
