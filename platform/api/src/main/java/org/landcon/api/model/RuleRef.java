package org.landcon.api.model;

/**
 * A rule a plan was checked with.
 *
 * @param id      rule id from the rule catalogue (e.g. {@code PBF-CAP})
 * @param title   Chinese title
 * @param titleEn English title
 * @param article the article (条) of the policy it enforces
 * @param bundle  Bundle-SymbolicName of the bundle that registered it
 * @param version Bundle-Version of that bundle
 */
public record RuleRef(String id, String title, String titleEn, String article, String bundle, String version) {
}
