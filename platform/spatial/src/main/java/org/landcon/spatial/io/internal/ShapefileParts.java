package org.landcon.spatial.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files of one Shapefile (.shp, .shx, .dbf, .prj, .cpg), found next to the .shp whatever the
 * case of their names (DLTB.shp, dltb.SHX …).
 *
 * @param label the .shp as named in messages, e.g. {@code basemap/DLTB.shp}
 */
public record ShapefileParts(Path shp, String label) {

    static final List<String> EXTENSIONS = List.of("shp", "shx", "dbf", "prj", "cpg");

    /** The part with this extension, or {@code null} when there is none. */
    public Path part(String ext) throws IOException {
        if (ext.equals("shp")) {
            return shp;
        }
        String wanted = base().toLowerCase(Locale.ROOT) + "." + ext;
        Path dir = shp.toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted))
                    .filter(Files::isRegularFile).findFirst().orElse(null);
        }
    }

    /** Every part that exists, .shp first. */
    public List<Path> existing() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String ext : EXTENSIONS) {
            Path p = part(ext);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The label of a part: the label's folder and the part's file name (or the expected one). */
    public String label(String ext, Path part) {
        String name = part != null ? part.getFileName().toString() : base() + "." + caseLike(ext);
        int slash = label.lastIndexOf('/');
        return label.substring(0, slash + 1) + name;
    }

    /** The file name of a part as shown in messages, e.g. {@code DLTB.shx}. */
    public String name(String ext, Path part) {
        String l = label(ext, part);
        return l.substring(l.lastIndexOf('/') + 1);
    }

    private String base() {
        String n = shp.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    private String caseLike(String ext) {
        String n = shp.getFileName().toString();
        return n.endsWith(".SHP") ? ext.toUpperCase(Locale.ROOT) : ext;
    }
}
