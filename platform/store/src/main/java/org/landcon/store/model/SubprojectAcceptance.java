package org.landcon.store.model;

import java.time.LocalDate;

/**
 * The acceptance of one sub-project (子项目验收).
 *
 * @param subproject   子项目编号
 * @param date         date of acceptance
 * @param measuredArea measured area of new 耕地 in m², or {@code null} when it creates none
 * @param reference    the acceptance document's reference
 * @param acceptedBy   who recorded it
 */
public record SubprojectAcceptance(String subproject, LocalDate date, Double measuredArea, String reference,
        String acceptedBy) {
}
