package org.landcon.report.internal;

import java.awt.geom.Path2D;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Geometry;

/**
 * Geometries gathered into one {@link Path2D} per key (a class group, a layer, a content type), so
 * that a map draws each key with a single fill or stroke however many polygons it holds.
 */
public final class ShapePaths<K> {

    private final ShapeWriter writer;
    private final Map<K, Path2D> paths = new LinkedHashMap<>();

    /**
     * @param layout     the world → panel transform
     * @param decimation vertices closer than this (metres) to the previous one are dropped: below a
     *                   pixel they cannot be seen and only cost time
     */
    public ShapePaths(MapLayout layout, double decimation) {
        this.writer = new ShapeWriter(layout.local());
        writer.setDecimation(decimation);
        writer.setRemoveDuplicatePoints(true);
    }

    public void add(K key, Geometry g) {
        if (g != null && !g.isEmpty()) {
            paths.computeIfAbsent(key, k -> new Path2D.Float(Path2D.WIND_EVEN_ODD, 1024)).append(writer.toShape(g), false);
        }
    }

    /** The path of {@code key}, or {@code null} when nothing was added under it. */
    public Path2D get(K key) {
        return paths.get(key);
    }

    public Map<K, Path2D> all() {
        return paths;
    }
}
