package org.landcon.spatial.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Unit;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Builds a {@link PlanPackage} in memory from WKT: for tests, examples and generated data. Survey
 * parcels get TBMJ = planar area unless given, TBDLMJ = TBMJ − KCMJ.
 */
public final class PlanPackageBuilder {
    private final GeometryFactory factory;
    private final WKTReader wkt;
    private Unit unit;
    private final List<LandParcel> land = new ArrayList<>();
    private final Map<String, List<ControlFeature>> controls = new LinkedHashMap<>();
    private final List<ChangeParcel> parcels = new ArrayList<>();

    public PlanPackageBuilder(String code, String region, String crs) {
        int srid = Integer.parseInt(crs.substring(crs.indexOf(':') + 1));
        this.factory = new GeometryFactory(new PrecisionModel(), srid);
        this.wkt = new WKTReader(factory);
        this.unit = new Unit(code, "测试乡", code.substring(0, Math.min(6, code.length())), region, crs, 2025, 2027,
                null, null);
    }

    public PlanPackageBuilder unit(Unit unit) {
        this.unit = unit;
        return this;
    }

    public Unit unit() {
        return unit;
    }

    public Geometry geometry(String text) {
        try {
            return wkt.read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad WKT: " + text, e);
        }
    }

    /** A survey parcel with TBMJ = planar area and the given deduction; {@code extra} fields go to attributes. */
    public PlanPackageBuilder land(String bsm, String dlbm, String wktText, double kcmj, Map<String, Object> extra) {
        Geometry g = geometry(wktText);
        double tbmj = extra != null && extra.get("TBMJ") instanceof Number n ? n.doubleValue() : g.getArea();
        Map<String, Object> attrs = new HashMap<>(extra == null ? Map.of() : extra);
        attrs.put("BSM", bsm);
        attrs.put("DLBM", dlbm);
        attrs.put("TBMJ", tbmj);
        attrs.put("KCMJ", kcmj);
        attrs.put("TBDLMJ", tbmj - kcmj);
        land.add(new LandParcel(bsm, dlbm, tbmj, kcmj, tbmj - kcmj, integer(attrs.get("GDDB")), (String) attrs.get("GDLX"),
                integer(attrs.get("GDPDJB")), (String) attrs.get("CZCSXM"), (String) attrs.get("QSDWDM"),
                (String) attrs.get("QSDWMC"), attrs, g));
        return this;
    }

    public PlanPackageBuilder land(String bsm, String dlbm, String wktText) {
        return land(bsm, dlbm, wktText, 0, null);
    }

    public PlanPackageBuilder control(String layer, String id, String wktText, Map<String, Object> properties) {
        controls.computeIfAbsent(layer, k -> new ArrayList<>())
                .add(new ControlFeature(layer, id, properties, geometry(wktText)));
        return this;
    }

    public PlanPackageBuilder control(String layer, String id, String wktText) {
        return control(layer, id, wktText, Map.of());
    }

    /** An empty control layer (present in the package, with no feature). */
    public PlanPackageBuilder emptyControl(String layer) {
        controls.computeIfAbsent(layer, k -> new ArrayList<>());
        return this;
    }

    /**
     * A change parcel. {@code props} holds every property of subprojects.geojson (type, kind,
     * subproject, toDLBM, toGrade, toKCXS, measure, start, finish …).
     */
    public PlanPackageBuilder parcel(String id, String wktText, Map<String, Object> props) {
        parcels.add(changeParcel(id, geometry(wktText), props));
        return this;
    }

    /** A change parcel from its properties, as the package reader makes it. */
    public static ChangeParcel changeParcel(String id, Geometry g, Map<String, Object> props) {
        Map<String, Object> p = new HashMap<>(props);
        Object kcxs = p.get("toKCXS");
        return new ChangeParcel(id, text(p.get("subproject"), id), text(p.get("name"), null), text(p.get("type"), null),
                text(p.get("kind"), null), text(p.get("toDLBM"), null), integer(p.get("toGrade")),
                kcxs == null ? 0.0 : Double.parseDouble(kcxs.toString()), text(p.get("measure"), null),
                date(p.get("start")), date(p.get("finish")), p, g);
    }

    public PlanPackage build() {
        return new PlanPackage(unit, land, controls, parcels, Map.of(), List.of());
    }

    private static String text(Object v, String fallback) {
        return v == null || v.toString().isBlank() ? fallback : v.toString();
    }

    private static Integer integer(Object v) {
        if (v instanceof Number n) {
            return n.intValue();
        }
        return v == null || v.toString().isBlank() ? null : Integer.valueOf(v.toString().trim());
    }

    private static LocalDate date(Object v) {
        return v == null || v.toString().isBlank() ? null : LocalDate.parse(v.toString().substring(0, 10));
    }
}
