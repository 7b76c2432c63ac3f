package org.landcon.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.landcon.api.model.ChangeParcel;

/**
 * One sub-project (子项目): the change parcels that share a {@code subproject} id, with what the
 * tables sum over them. Investment and funding are per parcel in the package and are added up;
 * dates span the earliest start to the latest finish.
 */
public final class Subproject {

    /** Properties that name the village (权属单位) of a parcel, in order of preference. */
    private static final List<String> VILLAGE_KEYS = List.of("village", "QSDWMC", "村");

    public final String id;
    public final String name;
    public final String type;
    public final Set<String> kinds = new LinkedHashSet<>();
    public final Set<String> villages = new LinkedHashSet<>();
    public final Set<String> departments = new LinkedHashSet<>();
    public final Map<String, Double> funding = new LinkedHashMap<>();
    public int parcels;
    /** Planar area of the parcels' polygons, m². */
    public double area;
    /** 万元, or {@code null} when no parcel gives an investment. */
    public Double investment;
    public Double households;
    public LocalDate start;
    public LocalDate finish;

    private Subproject(ChangeParcel first) {
        this.id = first.subproject();
        this.name = first.name();
        this.type = first.type();
    }

    /** The sub-projects of {@code parcels}, in the order their first parcel comes. */
    public static List<Subproject> group(List<ChangeParcel> parcels) {
        Map<String, Subproject> byId = new LinkedHashMap<>();
        for (ChangeParcel p : parcels) {
            byId.computeIfAbsent(String.valueOf(p.subproject()), k -> new Subproject(p)).add(p);
        }
        return new ArrayList<>(byId.values());
    }

    private void add(ChangeParcel p) {
        parcels++;
        area += p.geometry() == null ? 0 : p.geometry().getArea();
        addIfPresent(kinds, p.kind());
        VILLAGE_KEYS.stream().map(p::text).filter(v -> v != null).findFirst().ifPresent(villages::add);
        addIfPresent(departments, p.text("department"));
        investment = plus(investment, p.number("investment"));
        households = plus(households, p.number("households"));
        p.funding().forEach((k, v) -> funding.merge(k, v, Double::sum));
        start = p.start() == null || (start != null && start.isBefore(p.start())) ? start : p.start();
        finish = p.finish() == null || (finish != null && finish.isAfter(p.finish())) ? finish : p.finish();
    }

    /** Σ of all funding sources, 万元, or {@code null} when none is given. */
    public Double fundingTotal() {
        return funding.isEmpty() ? null : funding.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }

    private static Double plus(Double sum, Double value) {
        return value == null ? sum : Double.valueOf(sum == null ? value : sum + value);
    }
}
