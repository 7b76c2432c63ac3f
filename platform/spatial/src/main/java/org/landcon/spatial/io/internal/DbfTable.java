package org.landcon.spatial.io.internal;

import java.util.List;
import java.util.Map;

import org.landcon.spatial.io.DbfField;

/**
 * The content of a DBF file.
 *
 * @param fields the field descriptors in file order
 * @param rows   one map per record in file order, {@code null} for a record marked deleted
 */
public record DbfTable(List<DbfField> fields, List<Map<String, Object>> rows) {
}
