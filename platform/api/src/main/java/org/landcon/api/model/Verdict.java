package org.landcon.api.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict of one rule on one plan: an outcome, a message (zh-CN first, English beside it), the
 * figures the rule computed (areas in m², ratios 0–1) and the ids of the features that caused it.
 */
public record Verdict(String rule, Outcome outcome, String message, String messageEn, Map<String, Object> figures,
        List<String> features) {

    public Verdict {
        figures = figures == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        features = features == null ? List.of() : List.copyOf(features);
    }

    /** Starts a verdict of {@code rule} with {@code outcome}. */
    public static Builder of(String rule, Outcome outcome) {
        return new Builder(rule, outcome);
    }

    /** Builds a {@link Verdict}; figures keep their insertion order. */
    public static final class Builder {
        private final String rule;
        private final Outcome outcome;
        private String message = "";
        private String messageEn = "";
        private final Map<String, Object> figures = new LinkedHashMap<>();
        private final List<String> features = new ArrayList<>();

        private Builder(String rule, Outcome outcome) {
            this.rule = rule;
            this.outcome = outcome;
        }

        /** The message in Chinese and in English. */
        public Builder message(String zh, String en) {
            this.message = zh;
            this.messageEn = en;
            return this;
        }

        public Builder figure(String key, Object value) {
            figures.put(key, value);
            return this;
        }

        public Builder features(Iterable<String> ids) {
            ids.forEach(features::add);
            return this;
        }

        public Builder feature(String id) {
            features.add(id);
            return this;
        }

        public Verdict build() {
            return new Verdict(rule, outcome, message, messageEn, figures, features);
        }
    }
}
