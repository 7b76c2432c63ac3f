package org.landcon.spatial.io.internal;

import java.util.List;

import org.landcon.api.model.Problem;
import org.landcon.spatial.io.Feature;
import org.landcon.spatial.io.FeatureLayer;

/**
 * Which land class codes a DLTB layer uses: 三调 codes, 3-digit 二调 codes only (mapped, with a
 * warning), or a mix of both (an error, reported once for the layer).
 */
final class CodeForm {

    private final boolean erdiao;
    private final boolean mixed;

    private CodeForm(boolean erdiao, boolean mixed) {
        this.erdiao = erdiao;
        this.mixed = mixed;
    }

    static CodeForm of(FeatureLayer layer, String file, List<Problem> problems) {
        int three = 0;
        int other = 0;
        String example = null;
        for (int i = 0; i < layer.features().size(); i++) {
            Feature f = layer.features().get(i);
            String dlbm = FieldValues.text(f.get("DLBM"));
            if (LandClassCodes.isErdiaoForm(dlbm)) {
                three++;
                example = example != null ? example : name(f, i + 1);
            } else if (dlbm != null) {
                other++;
            }
        }
        if (three > 0 && other > 0) {
            problems.add(Problem.error(file, null, "DLBM", "DLBM 混用二调三位编码（" + three + " 个图斑，如 " + example
                    + "）与三调编码（" + other + " 个图斑）", "DLBM mixes 3-digit 二调 codes (" + three
                    + " parcels, e.g. " + example + ") with 三调 codes (" + other + " parcels)"));
        } else if (three > 0) {
            problems.add(Problem.warning(file, null, "DLBM", "DLBM 为二调三位编码，已按对照表转换为三调编码（如 011→0101）",
                    "DLBM uses 3-digit 二调 codes; mapped to 三调 codes (e.g. 011→0101)"));
        }
        return new CodeForm(three > 0 && other == 0, three > 0 && other > 0);
    }

    /** The 三调 code of a feature, reporting a missing or unknown code; "" when there is none. */
    String dlbm(String code, String file, String feature, List<Problem> problems) {
        if (code == null) {
            problems.add(Problem.error(file, feature, "DLBM", "地类编码 DLBM 为空", "DLBM (land class code) is missing"));
            return "";
        }
        if (erdiao) {
            String mapped = ErdiaoCodes.toSandiao(code);
            if (mapped == null) {
                problems.add(Problem.error(file, feature, "DLBM", "二调地类编码“" + code + "”无法对应到唯一的三调地类",
                        "二调 code \"" + code + "\" has no single 三调 equivalent"));
                return "";
            }
            return mapped;
        }
        if (!LandClassCodes.isKnown(code) && !(mixed && LandClassCodes.isErdiaoForm(code))) {
            problems.add(Problem.error(file, feature, "DLBM", "地类编码 DLBM“" + code + "”不在三调工作分类中",
                    "DLBM \"" + code + "\" is not a 三调 land class code"));
        }
        return code;
    }

    private static String name(Feature f, int n) {
        String bsm = FieldValues.text(f.get("BSM") != null ? f.get("BSM") : f.id());
        return bsm != null ? "BSM " + bsm : "#" + n;
    }
}
