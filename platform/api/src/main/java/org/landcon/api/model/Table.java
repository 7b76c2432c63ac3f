package org.landcon.api.model;

import java.util.List;

/**
 * A standard table of the plan (T1–T8 of the domain reference) or a module's ledger: columns with
 * Chinese and English headers, and rows of cells (String, Number, Boolean or null).
 *
 * @param id      stable id, e.g. {@code T2}
 * @param titleZh Chinese title, e.g. 永久基本农田调整表
 * @param titleEn English title
 * @param columns the columns
 * @param rows    the rows, each with one cell per column
 */
public record Table(String id, String titleZh, String titleEn, List<Column> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }

    /**
     * A column of a table.
     *
     * @param key  stable key
     * @param zh   Chinese header
     * @param en   English header
     * @param unit unit of the values (e.g. {@code 公顷}, {@code 亩}, {@code 万元}), or {@code null}
     */
    public record Column(String key, String zh, String en, String unit) {
    }
}
