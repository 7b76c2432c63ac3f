package org.landcon.api.model;

/**
 * A regional policy deployed, with the bundle that provides it.
 *
 * @param region  region code, 6 digits (e.g. {@code 640000})
 * @param nameZh  the region's name in Chinese
 * @param nameEn  the region's name in English
 * @param bundle  Bundle-SymbolicName of the bundle that registered it
 * @param version Bundle-Version of that bundle
 * @since 1.1
 */
public record PolicyRef(String region, String nameZh, String nameEn, String bundle, String version) {
}
