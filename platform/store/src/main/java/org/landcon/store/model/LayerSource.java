package org.landcon.store.model;

/**
 * A layer of a version and where it came from.
 *
 * @param layer      layer name (DLTB, YJJBNT …)
 * @param sourceFile the file it was read from
 * @param sha256     SHA-256 (hex) of that file
 * @param features   how many features it has
 */
public record LayerSource(String layer, String sourceFile, String sha256, int features) {
}
