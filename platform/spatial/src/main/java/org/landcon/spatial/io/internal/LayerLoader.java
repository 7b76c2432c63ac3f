package org.landcon.spatial.io.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.landcon.api.model.Problem;
import org.landcon.spatial.io.FeatureLayer;
import org.landcon.spatial.io.FlatGeobufReader;
import org.landcon.spatial.io.GeoJsonReader;
import org.landcon.spatial.io.LayerFormatException;
import org.landcon.spatial.io.ShapefileReader;

/**
 * Reads one layer file of a package (Shapefile, GeoJSON or FlatGeobuf), records the SHA-256 of every file it
 * reads, turns a broken file into problems, and checks the layer's CRS against the unit's.
 */
final class LayerLoader {

    private final PackageFiles files;
    private final Map<String, String> sources;
    private final List<Problem> problems;
    private final int unitEpsg;

    LayerLoader(PackageFiles files, Map<String, String> sources, List<Problem> problems, int unitEpsg) {
        this.files = files;
        this.sources = sources;
        this.problems = problems;
        this.unitEpsg = unitEpsg;
    }

    /** The layer, or {@code null} when it could not be read (the problems say why). */
    FeatureLayer load(Path file) throws IOException {
        String label = files.label(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean shp = name.endsWith(".shp");
        try {
            for (Path part : shp ? new ShapefileParts(file, label).existing() : List.of(file)) {
                sources.put(files.label(part), Sha256.of(part));
            }
            FeatureLayer layer = shp ? ShapefileReader.read(file, label)
                    : name.endsWith(".fgb") ? FlatGeobufReader.read(file, label) : GeoJsonReader.read(file, label);
            problems.addAll(layer.warnings());
            LayerCrsCheck.check(layer, unitEpsg, problems);
            return layer;
        } catch (LayerFormatException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
