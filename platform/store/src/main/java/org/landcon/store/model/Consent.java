package org.landcon.store.model;

import java.time.LocalDate;

/**
 * The consent of one village touched by a plan (条八: 经农村集体经济组织或村民委员会同意).
 *
 * @param villageCode 村 code (权属单位代码, 12 digits)
 * @param villageName 村 name
 * @param body        who consented
 * @param date        date of the decision
 * @param documentRef reference of the signed document (会议纪要, 决议 …)
 * @param ratio       share of the members who agreed, 0–1
 * @param recordedBy  the user who recorded it (filled in by the store)
 */
public record Consent(String villageCode, String villageName, ConsentBody body, LocalDate date, String documentRef,
        double ratio, String recordedBy) {
}
