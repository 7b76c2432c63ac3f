package org.landcon.spatial.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.LandParcel;
import org.landcon.api.plan.LandClasses;
import org.landcon.spatial.generator.Places.Village;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The control layers: 永久基本农田 on most 耕地 polygons (in contiguous tracts, not in the town
 * zone nor the red line), the red line over the south-west corner, the urban development boundary
 * around the seat, the river management zone, the heritage zone of the oldest village and a few
 * listed old trees with their protection radius.
 */
final class ControlMaker {
    private final Places places;
    private final GeometryFactory factory;
    private final long seed;
    private final String county;

    ControlMaker(Places places, GeometryFactory factory, long seed, String county) {
        this.places = places;
        this.factory = factory;
        this.seed = seed;
        this.county = county;
    }

    Map<String, List<ControlFeature>> make(List<LandParcel> survey) {
        Map<String, List<ControlFeature>> out = new LinkedHashMap<>();
        Geometry udb = places.seatZone(factory, 1.6);
        out.put(ControlLayers.YJJBNT, pbf(survey, udb));
        out.put(ControlLayers.STBHHX, List.of(feature(ControlLayers.STBHHX, "STBHHX-1", places.redLine,
                Map.of("HXMC", "贺兰山东麓生态保护红线（合成）", "HXLX", "水源涵养、防风固沙"))));
        out.put(ControlLayers.CZKFBJ, List.of(feature(ControlLayers.CZKFBJ, "CZKFBJ-1", udb,
                Map.of("MC", "乡政府驻地城镇开发边界", "GNFQDM", "CZJSQ"))));
        Geometry zone = places.river.buffer(300, 4).intersection(factory.toGeometry(places.extent));
        out.put(ControlLayers.HHGLFW, List.of(feature(ControlLayers.HHGLFW, "HHGLFW-1", zone,
                Map.of("HHMC", "黄河（合成）", "GLFWLX", "河道管理范围"))));
        Village old = places.heritageVillage;
        out.put(ControlLayers.LSWHBH, List.of(feature(ControlLayers.LSWHBH, "LSWHBH-1",
                factory.createPoint(old.centre()).buffer(old.radii().get(0) + 120, 8),
                Map.of("MC", old.name() + "传统村落保护范围", "BHJB", "自治区级"))));
        out.put(ControlLayers.GSMM, trees());
        return out;
    }

    private List<ControlFeature> pbf(List<LandParcel> survey, Geometry udb) {
        Noise tracts = new Noise(seed ^ 11, 450);
        var prepared = org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(udb);
        List<ControlFeature> out = new ArrayList<>();
        for (LandParcel p : survey) {
            if (!LandClasses.isCultivated(p.DLBM())) {
                continue;
            }
            Coordinate c = p.geometry().getCentroid().getCoordinate();
            if (tracts.at(c.x, c.y) < 0.2 || prepared.intersects(p.geometry()) || places.inRedLine(c)) {
                continue;
            }
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("BSM", county + "2310" + p.BSM().substring(p.BSM().length() - 8));
            a.put("JBNTTBBH", p.attributes().get("TBBH"));
            a.put("DLBM", p.DLBM());
            a.put("GDDB", p.GDDB());
            a.put("TBMJ", p.TBMJ());
            a.put("JBNTMJ", p.TBDLMJ());
            a.put("QSDWDM", p.QSDWDM());
            out.add(new ControlFeature(ControlLayers.YJJBNT, (String) a.get("BSM"), a, p.geometry()));
        }
        return out;
    }

    private List<ControlFeature> trees() {
        SplittableRandom r = new SplittableRandom(seed ^ 13);
        String[] species = {"国槐", "旱柳", "榆树", "枣树", "新疆杨"};
        List<ControlFeature> out = new ArrayList<>();
        for (int k = 0; k < Math.min(6, places.villages.size()); k++) {
            Village v = places.villages.get(k);
            double a = r.nextDouble() * 2 * Math.PI;
            double d = v.radii().get(0) * (0.3 + 0.9 * r.nextDouble());
            Coordinate c = new Coordinate(Math.round(v.centre().x + d * Math.cos(a)), Math.round(v.centre().y
                    + d * Math.sin(a)));
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put("GSBH", "64" + String.format("%08d", 12_200 + k));
            attrs.put("SZ", species[r.nextInt(species.length)]);
            attrs.put("SL", 100 + r.nextInt(400));
            attrs.put("BHBJ", 10 + r.nextInt(21));
            out.add(new ControlFeature(ControlLayers.GSMM, (String) attrs.get("GSBH"), attrs, factory.createPoint(c)));
        }
        return out;
    }

    private static ControlFeature feature(String layer, String id, Geometry g, Map<String, Object> props) {
        Map<String, Object> attrs = new LinkedHashMap<>(props);
        attrs.put("BSM", id);
        return new ControlFeature(layer, id, attrs, g);
    }
}
