package org.landcon.web.internal.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.Problem;

/** Problems of a package as the API shows them: file, feature, field, zh, en. */
public final class ProblemJson {

    private ProblemJson() {
    }

    public static List<Map<String, Object>> of(List<Problem> problems) {
        return problems.stream().map(ProblemJson::of).toList();
    }

    static Map<String, Object> of(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
        m.put("file", p.file());
        m.put("feature", p.feature());
        m.put("field", p.field());
        m.put("zh", p.message());
        m.put("en", p.messageEn());
        return m;
    }
}
