package org.landcon.store.model;

/** Who gives a village's consent. */
public enum ConsentBody {
    /** 村民委员会. */
    VILLAGE_COMMITTEE("村民委员会"),
    /** 农村集体经济组织. */
    COLLECTIVE_ORGANISATION("农村集体经济组织");

    private final String zh;

    ConsentBody(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
