package org.landcon.farmland.internal;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.rule.PlanRule;

/** What every rule of the catalogue has: its id, titles and article; subclasses compute the verdict. */
abstract class CatalogueRule implements PlanRule {
    private final String id;
    private final String title;
    private final String titleEn;
    private final String article;

    CatalogueRule(String id, String title, String titleEn, String article) {
        this.id = id;
        this.title = title;
        this.titleEn = titleEn;
        this.article = article;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String titleEn() {
        return titleEn;
    }

    @Override
    public final String article() {
        return article;
    }

    /** A verdict of this rule. */
    final Verdict.Builder verdict(Outcome outcome, String zh, String en) {
        return Verdict.of(id, outcome).message(zh, en);
    }
}
