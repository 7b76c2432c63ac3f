package org.landcon.report.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The funding sources a change parcel's {@code funding} object names (万元), with their names for the
 * tables. A source not listed here keeps its key as its name, so no money is dropped.
 */
public final class FundingSource {

    /** The known sources, in the order the tables show them. */
    public static final List<String> KNOWN = List.of("central", "region", "county", "bond", "social", "village",
            "quota");

    /** Debt-financed sources: counted in the share that FUND-BALANCE reports (防止新的隐性债务). */
    public static final Set<String> DEBT = Set.of("bond", "loan");

    /** Orders source → amount entries: known sources as in {@link #KNOWN}, then others by key. */
    public static final Comparator<Map.Entry<String, Double>> ORDER = Comparator
            .<Map.Entry<String, Double>>comparingInt(e -> rank(e.getKey())).thenComparing(Map.Entry::getKey);

    private static final Map<String, String[]> NAMES = Map.of(
            "central", new String[] {"中央财政资金", "Central budget"},
            "region", new String[] {"自治区财政资金", "Regional budget"},
            "county", new String[] {"县级财政资金", "County budget"},
            "bond", new String[] {"专项债券", "Special bonds"},
            "social", new String[] {"社会资本", "Social capital"},
            "village", new String[] {"村集体自筹", "Village self-raised"},
            "quota", new String[] {"指标收益", "Quota revenue"},
            "loan", new String[] {"银行贷款", "Bank loans"});

    private FundingSource() {
    }

    private static int rank(String key) {
        int i = KNOWN.indexOf(key);
        return i < 0 ? KNOWN.size() : i;
    }

    public static String zh(String key) {
        String[] n = NAMES.get(key);
        return n == null ? key : n[0];
    }

    public static String en(String key) {
        String[] n = NAMES.get(key);
        return n == null ? key : n[1];
    }
}
