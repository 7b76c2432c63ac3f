package org.landcon.spatial.generator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Splits a parcel's investment (万元) over funding sources; the parts sum to the whole. */
final class Funding {

    private Funding() {
    }

    static Map<String, Object> split(String type, double investment, SplittableRandom r) {
        String[] sources = switch (type) {
            case "farmland" -> new String[] {"central", "region", "county"};
            case "construction" -> new String[] {"quota", "county", "bond"};
            case "industry" -> new String[] {"social", "county"};
            default -> new String[] {"region", "county", "village"};
        };
        Map<String, Object> out = new LinkedHashMap<>();
        double left = investment;
        for (int k = 0; k < sources.length - 1; k++) {
            double part = Math.round(left * (0.4 + r.nextDouble() * 0.3) * 100) / 100.0;
            out.put(sources[k], part);
            left -= part;
        }
        out.put(sources[sources.length - 1], Math.round(left * 100) / 100.0);
        return out;
    }
}
