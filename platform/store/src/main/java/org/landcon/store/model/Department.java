package org.landcon.store.model;

/**
 * A department: edits only its own content type.
 *
 * @param code        department code
 * @param nameZh      name in Chinese
 * @param contentType the content type id it owns ({@code farmland} …)
 */
public record Department(String code, String nameZh, String contentType) {
}
