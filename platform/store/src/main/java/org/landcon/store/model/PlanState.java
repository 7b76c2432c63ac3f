package org.landcon.store.model;

/** Where a plan is in its life cycle (条八, 条九). */
public enum PlanState {
    /** 草稿: being compiled; versions can be added. */
    DRAFT("draft", "草稿"),
    /** 已征得同意: every village touched has consented; versions can still be added. */
    CONSENTED("consented", "已征得村民同意"),
    /** 已报批: submitted, the approval chain is running; no edits. */
    SUBMITTED("submitted", "已报批"),
    /** 已批准: frozen; filings may still be recorded. */
    APPROVED("approved", "已批准"),
    /** 实施中: sub-projects are built and accepted one by one. */
    IMPLEMENTING("implementing", "实施中"),
    /** 已整体验收. */
    ACCEPTED("accepted", "已整体验收"),
    /** 后期管护: owner and funds recorded. */
    MAINTENANCE("maintenance", "后期管护");

    private final String code;
    private final String zh;

    PlanState(String code, String zh) {
        this.code = code;
        this.zh = zh;
    }

    /** The stable code stored and shown in URLs ({@code draft} …). */
    public String code() {
        return code;
    }

    /** The Chinese name. */
    public String zh() {
        return zh;
    }

    public static PlanState ofCode(String code) {
        for (PlanState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown plan state: " + code);
    }
}
