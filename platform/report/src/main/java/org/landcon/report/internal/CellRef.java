package org.landcon.report.internal;

/** A1-style cell references. */
public final class CellRef {

    private CellRef() {
    }

    /** The reference of the cell in 0-based column {@code col} and 1-based row {@code row}. */
    public static String of(int col, int row) {
        return column(col) + row;
    }

    /** The letters of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
    public static String column(int col) {
        StringBuilder b = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }
}
