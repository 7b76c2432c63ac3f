package org.landcon.api.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ParcelKind;
import org.landcon.api.model.Problem;

/**
 * Checks the properties of one change parcel of {@code subprojects.geojson} and collects the
 * problems, each naming the file, the parcel id and the field, in Chinese and English. Absent
 * optional properties are fine; only present but malformed ones are reported. For
 * {@link ContentModule#validate} implementations: the platform's content bundles use it, and so
 * may an integrator's.
 *
 * @since 1.1
 */
public final class ParcelChecks {
    /** The file every problem names. */
    public static final String FILE = "subprojects.geojson";
    /** 三调 codes: 09, four digits, 05H1/08H2 style, each optionally with a K or A suffix. */
    private static final Pattern DLBM = Pattern.compile("\\d{2}(\\d{2}|H\\d)?[KA]?");
    private static final Pattern COUNTY = Pattern.compile("\\d{6}");

    private final ChangeParcel parcel;
    private final List<Problem> problems = new ArrayList<>();

    public ParcelChecks(ChangeParcel parcel) {
        this.parcel = parcel;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The parcel's kind among {@code kinds}, or {@code null} after reporting it missing or unknown. */
    public ParcelKind kind(List<ParcelKind> kinds, String moduleZh, String moduleType) {
        if (parcel.kind() == null) {
            error("kind", "缺少属性 kind（地块类型）", "missing property kind (parcel kind)");
            return null;
        }
        for (ParcelKind k : kinds) {
            if (k.id().equals(parcel.kind())) {
                return k;
            }
        }
        String known = String.join(", ", kinds.stream().map(ParcelKind::id).toList());
        error("kind", "未知的地块类型 \"" + parcel.kind() + "\"，" + moduleZh + "可用：" + known,
                "unknown parcel kind \"" + parcel.kind() + "\"; " + moduleType + " knows: " + known);
        return null;
    }

    /** Reports each required property of {@code kind} that is absent or empty. */
    public void required(ParcelKind kind) {
        for (String field : kind.requiredProperties()) {
            if (parcel.text(field) == null) {
                error(field, kind.nameZh() + "（" + kind.id() + "）地块缺少必填属性 " + field,
                        kind.id() + " parcel lacks the required property " + field);
            }
        }
    }

    /** {@code true} when {@code field} is absent or a well-formed 三调 land class code. */
    public boolean landClass(String field) {
        String v = parcel.text(field);
        if (v == null || DLBM.matcher(v).matches()) {
            return true;
        }
        error(field, field + " \"" + v + "\" 不是三调地类编码", field + " \"" + v + "\" is not a 三调 land class code");
        return false;
    }

    public void wholeNumber(String field) {
        String v = parcel.text(field);
        Double n = parcel.number(field);
        if (v != null && (n == null || n < 0 || n != Math.floor(n))) {
            error(field, field + " \"" + v + "\" 应为非负整数", field + " \"" + v + "\" must be a non-negative whole number");
        }
    }

    public void ratio(String field) {
        String v = parcel.text(field);
        Double n = parcel.number(field);
        if (v != null && (n == null || n < 0 || n > 1)) {
            error(field, field + " \"" + v + "\" 应为 0 到 1 之间的数", field + " \"" + v + "\" must be a number from 0 to 1");
        }
    }

    public void number(String field) {
        String v = parcel.text(field);
        if (v != null && parcel.number(field) == null) {
            error(field, field + " \"" + v + "\" 应为数值", field + " \"" + v + "\" must be a number");
        }
    }

    public void countyCode(String field) {
        String v = parcel.text(field);
        if (v != null && !COUNTY.matcher(v).matches()) {
            error(field, field + " \"" + v + "\" 应为 6 位县级行政区划代码", field + " \"" + v + "\" must be a 6-digit county code");
        }
    }

    public void bool(String field) {
        Object v = parcel.properties().get(field);
        if (v != null && !(v instanceof Boolean) && !"true".equals(v.toString()) && !"false".equals(v.toString())) {
            error(field, field + " \"" + v + "\" 应为 true 或 false", field + " \"" + v + "\" must be true or false");
        }
    }

    /** {@code allowed}: value → Chinese name, in the order the message lists them (a LinkedHashMap). */
    public void oneOf(String field, Map<String, String> allowed) {
        String v = parcel.text(field);
        if (v != null && !allowed.containsKey(v)) {
            String zh = String.join("，", allowed.entrySet().stream().map(e -> e.getKey() + "（" + e.getValue() + "）").toList());
            String en = String.join(", ", allowed.keySet());
            error(field, field + " \"" + v + "\" 应为以下之一：" + zh, field + " \"" + v + "\" must be one of: " + en);
        }
    }

    /** The works cannot finish before they start. */
    public void dates() {
        if (parcel.start() != null && parcel.finish() != null && parcel.finish().isBefore(parcel.start())) {
            error("finish", "finish " + parcel.finish() + " 早于 start " + parcel.start(),
                    "finish " + parcel.finish() + " is before start " + parcel.start());
        }
    }

    public void error(String field, String zh, String en) {
        problems.add(Problem.error(FILE, parcel.id(), field, zh, en));
    }
}
