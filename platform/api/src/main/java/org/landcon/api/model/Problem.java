package org.landcon.api.model;

/**
 * A problem found in input data: it names the file, the feature (BSM or id) and the field, so that
 * whoever made the data can find and fix it.
 *
 * @param severity  {@link Severity#ERROR} makes the input unusable
 * @param file      the file, relative to the package (e.g. {@code basemap/DLTB.shp})
 * @param feature   the feature's BSM or id, or {@code null} for a file-level problem
 * @param field     the field, or {@code null}
 * @param message   what is wrong, in Chinese
 * @param messageEn what is wrong, in English
 */
public record Problem(Severity severity, String file, String feature, String field, String message,
        String messageEn) {

    /** How serious a problem is. */
    public enum Severity {
        ERROR, WARNING
    }

    public static Problem error(String file, String feature, String field, String zh, String en) {
        return new Problem(Severity.ERROR, file, feature, field, zh, en);
    }

    public static Problem warning(String file, String feature, String field, String zh, String en) {
        return new Problem(Severity.WARNING, file, feature, field, zh, en);
    }

    /** One line naming file, feature and field, then the English message. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file == null ? "" : file);
        if (feature != null) {
            b.append(": feature ").append(feature);
        }
        if (field != null) {
            b.append(", field ").append(field);
        }
        return b.append(": ").append(messageEn).append(" (").append(message).append(')').toString();
    }
}
