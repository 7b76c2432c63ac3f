package org.landcon.api.model;

/**
 * A content module a plan was assembled with.
 *
 * @param type    content type id
 * @param nameZh  Chinese name
 * @param nameEn  English name
 * @param bundle  Bundle-SymbolicName of the bundle that registered it
 * @param version Bundle-Version of that bundle
 */
public record ModuleRef(String type, String nameZh, String nameEn, String bundle, String version) {
}
