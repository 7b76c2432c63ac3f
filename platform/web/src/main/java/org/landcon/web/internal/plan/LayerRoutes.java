package org.landcon.web.internal.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.landcon.api.model.ChangeParcel;
import org.landcon.spatial.io.Crs;
import org.landcon.spatial.io.Feature;
import org.landcon.spatial.io.FeatureLayer;
import org.landcon.spatial.io.GeoJsonWriter;
import org.landcon.store.model.LayerFeature;
import org.landcon.store.model.LayerSource;
import org.landcon.store.model.PlanVersion;
import org.landcon.web.internal.http.ApiException;
import org.landcon.web.internal.http.Call;
import org.landcon.web.internal.http.Route;
import org.locationtech.jts.geom.Envelope;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/plans/{id}/layers/{layer}?bbox=minx,miny,maxx,maxy[&version=n]}: a layer of a
 * version as GeoJSON in the plan's CRS, only the features meeting the box (through the store's
 * spatial index). Besides the stored layers (DLTB, YJJBNT, STBHHX, CZKFBJ …): {@code parcels}, the
 * change parcels, and {@code findings}, every feature a violation names, with the rules naming it.
 */
public final class LayerRoutes {
    private final PlanLookup lookup;

    public LayerRoutes(PlanLookup lookup) {
        this.lookup = lookup;
    }

    public List<Route> routes() {
        return List.of(Route.of("GET", PlanReadRoutes.ID + "/layers", this::list),
                Route.of("GET", PlanReadRoutes.ID + "/layers/([A-Za-z0-9_-]+)", this::layer));
    }

    private void list(Call c) throws IOException {
        PlanVersion v = lookup.requested(c.id(0), c.req().getParameter("version"));
        List<Object> out = new ArrayList<>();
        for (LayerSource s : lookup.store().layers(v.id())) {
            out.add(Map.of("layer", s.layer(), "sourceFile", s.sourceFile(), "sha256", s.sha256(), "features", s.features()));
        }
        org.landcon.web.internal.Json.send(c.resp(), 200, out);
    }

    private void layer(Call c) throws IOException {
        PlanVersion v = lookup.requested(c.id(0), c.req().getParameter("version"));
        Envelope box = bbox(c.req().getParameter("bbox"));
        JsonNode plan = lookup.planJson(v);
        String name = c.part(1);
        List<Feature> features = switch (name) {
            case "parcels" -> parcels(v, box);
            case "findings" -> findings(v, box, plan);
            default -> stored(v, name, box);
        };
        Crs crs = Crs.parse(plan.path("unit").path("crs").asText(""));
        c.resp().setContentType("application/geo+json;charset=UTF-8");
        c.resp().setHeader("Cache-Control", "private, max-age=60");
        GeoJsonWriter.write(c.resp().getOutputStream(), FeatureLayer.of(name, crs, features));
    }

    private List<Feature> stored(PlanVersion v, String layer, Envelope box) {
        if (lookup.store().layers(v.id()).stream().noneMatch(s -> s.layer().equals(layer))) {
            throw ApiException.notFound("版本 v" + v.number() + " 没有图层 " + layer, "version v" + v.number() + " has no layer " + layer);
        }
        return lookup.store().layerFeatures(v.id(), layer, box).stream()
                .map(f -> new Feature(f.id(), f.properties(), f.geometry())).toList();
    }

    private List<Feature> parcels(PlanVersion v, Envelope box) {
        List<Feature> out = new ArrayList<>();
        for (ChangeParcel p : lookup.store().parcels(v.id())) {
            if (box == null || box.intersects(p.geometry().getEnvelopeInternal())) {
                out.add(new Feature(p.id(), parcelProperties(p), p.geometry()));
            }
        }
        return out;
    }

    static Map<String, Object> parcelProperties(ChangeParcel p) {
        Map<String, Object> props = new LinkedHashMap<>(p.properties());
        props.put("id", p.id());
        props.put("subproject", p.subproject());
        props.put("type", p.type());
        props.put("kind", p.kind());
        props.values().removeIf(java.util.Objects::isNull);
        return props;
    }

    private List<Feature> findings(PlanVersion v, Envelope box, JsonNode plan) {
        Map<String, List<String>> rulesOf = new HashMap<>();
        for (JsonNode verdict : plan.path("verdicts")) {
            if ("violation".equals(verdict.path("verdict").asText())) {
                for (JsonNode f : verdict.path("features")) {
                    rulesOf.computeIfAbsent(f.asText(), k -> new ArrayList<>()).add(verdict.path("rule").asText());
                }
            }
        }
        List<Feature> out = new ArrayList<>();
        if (rulesOf.isEmpty()) {
            return out;
        }
        for (Feature f : parcels(v, box)) {
            finding(out, rulesOf, f.id(), "parcels", f);
        }
        for (LayerSource s : lookup.store().layers(v.id())) {
            for (LayerFeature f : lookup.store().layerFeatures(v.id(), s.layer(), box)) {
                finding(out, rulesOf, f.id(), s.layer(), new Feature(f.id(), f.properties(), f.geometry()));
            }
        }
        return out;
    }

    private static void finding(List<Feature> out, Map<String, List<String>> rulesOf, String id, String layer, Feature f) {
        List<String> rules = rulesOf.get(id);
        if (rules != null) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("layer", layer);
            props.put("rules", List.copyOf(Set.copyOf(rules)).stream().sorted().toList());
            out.add(new Feature(id, props, f.geometry()));
        }
    }

    /** {@code minx,miny,maxx,maxy}, or null for the whole layer. */
    static Envelope bbox(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",");
        try {
            if (parts.length == 4) {
                double[] d = new double[4];
                for (int i = 0; i < 4; i++) {
                    d[i] = Double.parseDouble(parts[i].trim());
                }
                if (d[0] <= d[2] && d[1] <= d[3]) {
                    return new Envelope(d[0], d[2], d[1], d[3]);
                }
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("bbox 须为 minx,miny,maxx,maxy 四个数：" + text,
                "bbox must be four numbers minx,miny,maxx,maxy: " + text);
    }
}
