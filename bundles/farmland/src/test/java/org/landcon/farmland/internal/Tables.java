package org.landcon.farmland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;

import org.landcon.api.model.Table;

/** Finds rows and cells of a table by column key. */
final class Tables {

    private Tables() {
    }

    static int column(Table t, String key) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no column " + key);
    }

    /** The only row whose cells in the given columns equal the given values (key, value pairs). */
    static List<Object> row(Table t, Object... keyValues) {
        List<List<Object>> found = t.rows().stream().filter(r -> matches(t, r, keyValues)).toList();
        assertEquals(1, found.size(), () -> "rows matching " + List.of(keyValues) + " in " + t.rows());
        return found.get(0);
    }

    static Object cell(Table t, List<Object> row, String column) {
        return row.get(column(t, column));
    }

    static void assertCell(double expected, Table t, List<Object> row, String column) {
        assertEquals(expected, ((Number) cell(t, row, column)).doubleValue(), 1e-6, column + " of " + row);
    }

    private static boolean matches(Table t, List<Object> row, Object... kv) {
        for (int i = 0; i < kv.length; i += 2) {
            if (!Objects.equals(row.get(column(t, (String) kv[i])), kv[i + 1])) {
                return false;
            }
        }
        return true;
    }
}
