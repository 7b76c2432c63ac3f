package org.landcon.store;

/**
 * A write the store refused or could not make: wrong state, wrong role, a frozen plan, a bad row.
 * The message is Chinese first with English beside it ({@code 中文 / English}); nothing of the
 * refused write was kept.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String zh;
    private final String en;

    public StoreException(String zh, String en) {
        this(zh, en, null);
    }

    public StoreException(String zh, String en, Throwable cause) {
        super(zh + " / " + en, cause);
        this.zh = zh;
        this.en = en;
    }

    /** The message in Chinese. */
    public String zh() {
        return zh;
    }

    /** The message in English. */
    public String en() {
        return en;
    }
}
