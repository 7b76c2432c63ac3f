package org.landcon.web.internal.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.PlanPackage;
import org.landcon.store.model.LayerFeature;

/**
 * The layers of a package as the store keeps them: DLTB and each control layer with the file it
 * came from and that file's SHA-256 (from the package's sources; a layer whose file is not listed
 * gets the SHA-256 of its features' ids and WKT, so equal content is still shared).
 */
public final class LayerSources {

    /** A layer to store. */
    public record Layer(String name, String file, String sha256, List<LayerFeature> features) {
    }

    private LayerSources() {
    }

    public static List<Layer> of(PlanPackage pkg) {
        List<Layer> out = new ArrayList<>();
        List<LayerFeature> dltb = new ArrayList<>();
        for (LandParcel p : pkg.landParcels()) {
            Map<String, Object> props = new LinkedHashMap<>(p.attributes());
            props.putIfAbsent("DLBM", p.DLBM());
            props.putIfAbsent("TBMJ", p.TBMJ());
            dltb.add(new LayerFeature(p.BSM(), props, p.geometry()));
        }
        out.add(layer(pkg, "DLTB", "basemap", dltb));
        pkg.controls().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<LayerFeature> features = new ArrayList<>();
            int i = 0;
            for (ControlFeature f : e.getValue()) {
                i++;
                features.add(new LayerFeature(f.id() == null ? e.getKey() + "-" + i : f.id(), f.properties(), f.geometry()));
            }
            out.add(layer(pkg, e.getKey(), "controls", features));
        });
        return out;
    }

    private static Layer layer(PlanPackage pkg, String name, String folder, List<LayerFeature> features) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".shp", ".geojson", ".json")) {
            for (Map.Entry<String, String> s : pkg.sources().entrySet()) {
                String file = s.getKey().toLowerCase(Locale.ROOT);
                if (file.endsWith("/" + lower + ext) || file.equals(lower + ext)) {
                    return new Layer(name, s.getKey(), s.getValue(), features);
                }
            }
        }
        return new Layer(name, folder + "/" + name, contentHash(features), features);
    }

    private static String contentHash(List<LayerFeature> features) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (LayerFeature f : features) {
                md.update((f.id() + "\n" + f.geometry() + "\n" + f.properties() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
