package org.landcon.api.model;

/** The outcome of one rule on one plan. */
public enum Outcome {
    /** 通过. */
    PASS("pass", "通过", "pass"),
    /** 违规: blocks submission for approval. */
    VIOLATION("violation", "违规", "violation"),
    /** 提示: shown, does not block. */
    WARNING("warning", "警示", "warning"),
    /** 不适用: the plan has nothing the rule speaks of. */
    NOT_APPLICABLE("not-applicable", "不适用", "not applicable"),
    /** 信息: the rule reports, it does not judge (e.g. the derived approval chain). */
    INFO("info", "信息", "info"),
    /** 错误: the rule itself failed (exception or time-out); names the bundle. */
    ERROR("error", "规则出错", "rule error");

    private final String code;
    private final String zh;
    private final String en;

    Outcome(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    /** The code used in plan.json ({@code pass}, {@code violation} …). */
    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The outcome for a plan.json code. */
    public static Outcome ofCode(String code) {
        for (Outcome o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome: " + code);
    }
}
