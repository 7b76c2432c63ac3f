package org.landcon.api.model;

/**
 * One step of the approval chain of a plan (条八).
 *
 * @param level  stable id: {@code county}, {@code region-nr}, {@code region-gov}, {@code ministry-filing} …
 * @param nameZh who acts, in Chinese (e.g. 自治区自然资源厅)
 * @param nameEn who acts, in English
 * @param filing {@code true} when the step is a filing (备案) rather than an approval
 */
public record ApprovalStep(String level, String nameZh, String nameEn, boolean filing) {
}
