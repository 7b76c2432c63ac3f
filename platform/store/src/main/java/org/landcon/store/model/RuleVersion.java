package org.landcon.store.model;

/**
 * A rule a version was checked with, as plan.json records it.
 *
 * @param id      rule id (e.g. {@code PBF-CAP})
 * @param bundle  Bundle-SymbolicName of the bundle that provided it
 * @param version that bundle's version
 * @param outcome the verdict's code ({@code pass}, {@code violation} …), or {@code null}
 */
public record RuleVersion(String id, String bundle, String version, String outcome) {
}
