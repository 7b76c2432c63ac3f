package org.landcon.spatial.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.LandParcel;
import org.landcon.api.model.Problem;
import org.landcon.spatial.io.Feature;
import org.landcon.spatial.io.FeatureLayer;

/**
 * Turns the features of a DLTB (地类图斑) layer into {@link LandParcel}s, reporting every problem:
 * <ul>
 * <li>BSM, DLBM or TBMJ missing; BSM duplicated (both records named);</li>
 * <li>DLBM not in the 三调 classification ({@link LandClassCodes}); a layer mixing 3-digit 二调 and
 * 三调 codes is an error, a 3-digit-only layer is mapped by {@link ErdiaoCodes} with a warning (the
 * parcel's attributes then hold the mapped {@code DLBM} and the original in {@code DLBM_ED});</li>
 * <li>TBDLMJ missing → TBMJ − KCMJ (KCMJ missing → 0); given but more than 0.01 m² from it → error;</li>
 * <li>GDDB outside 1–15, GDPDJB outside 1–5, numbers that are not numbers;</li>
 * <li>empty, non-polygonal or invalid geometry ({@link GeometryCheck}).</li>
 * </ul>
 */
public final class DltbValidator {

    private DltbValidator() {
    }

    public static List<LandParcel> validate(FeatureLayer layer, List<Problem> problems) {
        String file = layer.file();
        CodeForm form = CodeForm.of(layer, file, problems);
        List<Feature> features = layer.features();
        // each record on its own, in parallel; then, in record order, duplicates and problems
        LandParcel[] parcels = new LandParcel[features.size()];
        List<List<Problem>> found = new ArrayList<>(java.util.Collections.nCopies(features.size(), null));
        java.util.stream.IntStream.range(0, features.size()).parallel().forEach(i -> {
            List<Problem> own = new ArrayList<>(0);
            parcels[i] = parcel(features.get(i), i + 1, form, file, own);
            found.set(i, own);
        });
        Map<String, Integer> seen = new HashMap<>();
        List<LandParcel> out = new ArrayList<>(features.size());
        for (int i = 0; i < parcels.length; i++) {
            String bsm = bsm(features.get(i));
            int n = i + 1;
            if (bsm != null && seen.putIfAbsent(bsm, n) != null) {
                problems.add(Problem.error(file, bsm, "BSM", "标识码 BSM“" + bsm + "”重复：第 " + seen.get(bsm) + " 条与第 " + n
                        + " 条记录", "duplicate BSM \"" + bsm + "\": records " + seen.get(bsm) + " and " + n));
                parcels[i] = null;
            }
            problems.addAll(found.get(i));
            if (parcels[i] != null) {
                out.add(parcels[i]);
            }
        }
        return out;
    }

    private static String bsm(Feature f) {
        Object bsmValue = f.get("BSM");
        return FieldValues.text(bsmValue != null ? bsmValue : f.id());
    }

    /** The parcel of record {@code n}, or {@code null} when it has an error (in {@code problems}). */
    private static LandParcel parcel(Feature f, int n, CodeForm form, String file, List<Problem> problems) {
        int before = problems.size();
        String bsm = bsm(f);
        String name = bsm != null ? bsm : "#" + n;
        if (bsm == null) {
            problems.add(Problem.error(file, name, "BSM", "标识码 BSM 为空", "BSM (identifier) is missing"));
        }
        String dlbm = form.dlbm(FieldValues.text(f.get("DLBM")), file, name, problems);
        Areas areas = Areas.of(f, file, name, problems);
        Integer gddb = Grades.grade(f, "GDDB", 15, "耕地质量等别", file, name, problems);
        Integer gdpdjb = Grades.grade(f, "GDPDJB", 5, "耕地坡度级别", file, name, problems);
        GeometryCheck.check(f.geometry(), false, file, name, problems);
        if (problems.size() > before && problems.subList(before, problems.size()).stream()
                .anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
            return null;
        }
        Map<String, Object> attributes = FieldValues.present(f.properties());
        if (!dlbm.equals(FieldValues.text(f.get("DLBM")))) {
            attributes.put("DLBM_ED", f.get("DLBM"));
            attributes.put("DLBM", dlbm);
        }
        return new LandParcel(bsm, dlbm, areas.tbmj(), areas.kcmj(), areas.tbdlmj(), gddb,
                FieldValues.text(f.get("GDLX")), gdpdjb, FieldValues.text(f.get("CZCSXM")),
                FieldValues.text(f.get("QSDWDM")), FieldValues.text(f.get("QSDWMC")), attributes, f.geometry());
    }
}
