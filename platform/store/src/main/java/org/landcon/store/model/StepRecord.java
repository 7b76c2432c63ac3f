package org.landcon.store.model;

import java.time.Instant;

/**
 * A step of a submitted plan's approval chain and what happened to it.
 *
 * @param order     0, 1, 2 … in the chain
 * @param level     {@code county}, {@code region-nr}, {@code region-gov}, {@code ministry-filing} …
 * @param nameZh    who acts, in Chinese
 * @param filing    {@code true} for a filing (备案), recorded after approval
 * @param done      when it was approved or filed, or {@code null}
 * @param doneBy    who, or {@code null}
 * @param reference the approval's or filing's document reference, or {@code null}
 */
public record StepRecord(int order, String level, String nameZh, boolean filing, Instant done, String doneBy,
        String reference) {
}
