/**
 * Reports of an assembled plan, for officials: the standard tables T1, T4, T6, T7 and T8
 * ({@link org.landcon.report.StandardTables}), any {@link org.landcon.api.model.Table} written as an
 * .xlsx workbook that Excel, WPS and LibreOffice open ({@link org.landcon.report.XlsxWriter}), and a
 * before/after map as PNG ({@link org.landcon.report.PlanMapRenderer} drawing a
 * {@link org.landcon.report.MapContent}). Areas come in m² and are shown in 公顷 with 亩 beside them.
 */
@Version("1.0.0")
package org.landcon.report;

import org.osgi.annotation.versioning.Version;
