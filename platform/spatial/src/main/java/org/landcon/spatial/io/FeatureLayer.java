package org.landcon.spatial.io;

import java.util.List;

import org.landcon.api.model.Problem;

/**
 * A layer as read from one file.
 *
 * @param file     the file as named in messages (e.g. {@code basemap/DLTB.shp})
 * @param crs      the coordinate system the file declares, or {@code null} when it declares none
 *                 (no .prj, no GeoJSON {@code crs}); {@link Crs#recognised()} is false for a
 *                 declared but unknown one
 * @param features the features in file order
 * @param warnings problems that did not stop the reading (e.g. an unknown .cpg)
 */
public record FeatureLayer(String file, Crs crs, List<Feature> features, List<Problem> warnings) {

    public FeatureLayer {
        features = List.copyOf(features);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A layer with no warnings, e.g. to write. */
    public static FeatureLayer of(String file, Crs crs, List<Feature> features) {
        return new FeatureLayer(file, crs, features, List.of());
    }
}
