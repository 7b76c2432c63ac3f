package org.landcon.assembly.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.PlanPackage;
import org.landcon.report.MapContent;
import org.landcon.report.PlanMapRenderer;
import org.landcon.report.XlsxWriter;
import org.landcon.spatial.io.FeatureLayer;
import org.landcon.spatial.io.FlatGeobufWriter;
import org.landcon.spatial.io.GeoJsonWriter;
import org.landcon.spatial.io.ShapefileWriter;

/**
 * Writes an assembled plan as the exchange format's output folder: {@code plan.json},
 * {@code tables.xlsx}, {@code layers/*.geojson} and {@code layers/*.shp} (GBK DBF, .cpg, .prj),
 * and {@code map.png}. Files are written to a temporary name and moved into place, so a reader
 * never sees half a file.
 */
public final class PlanOutputs {
    /** Size of map.png in pixels: two panels side by side. */
    public static final int MAP_WIDTH = 2400;
    public static final int MAP_HEIGHT = 1300;

    private PlanOutputs() {
    }

    public static void write(AssembledPlan plan, PlanPackage pkg, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("layers"));
        atomically(dir.resolve("plan.json"), out -> PlanJson.write(plan, out));
        atomically(dir.resolve("tables.xlsx"), out -> XlsxWriter.write(PlanTables.of(plan, pkg.changeParcels()), out));
        for (Map.Entry<String, FeatureLayer> e : PlanLayers.of(plan, pkg).entrySet()) {
            GeoJsonWriter.write(dir.resolve("layers").resolve(e.getKey() + ".geojson"), e.getValue());
            ShapefileWriter.write(dir.resolve("layers").resolve(e.getKey() + ".shp"), e.getValue());
            String fgb = e.getKey() + ".fgb";
            atomically(dir.resolve("layers").resolve(fgb), out -> FlatGeobufWriter.write(out, e.getValue(), e.getKey()));
        }
        atomically(dir.resolve("map.png"),
                out -> PlanMapRenderer.render(MapContent.of(pkg, plan.verdicts()), MAP_WIDTH, MAP_HEIGHT, out));
    }

    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    static void atomically(Path target, Writing writing) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writing.to(out);
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
