package org.landcon.spatial.io.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the files of a plan package whatever the case of their names ({@code basemap/DLTB.shp},
 * {@code Basemap/dltb.SHP}), and names them relative to the package root in messages.
 */
public record PackageFiles(Path root) {

    /** The file {@code folder/name} (folder may be ""), matched case-insensitively, or {@code null}. */
    public Path find(String folder, String name) throws IOException {
        Path dir = folder.isEmpty() ? root : child(root, folder);
        return dir == null ? null : child(dir, name);
    }

    /** The first of {@code base.ext} for the extensions in order, or {@code null}. */
    public Path findLayer(String folder, String base, List<String> extensions) throws IOException {
        for (String ext : extensions) {
            Path p = find(folder, base + "." + ext);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The path of {@code file} relative to the root, with forward slashes. */
    public String label(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Path child(Path dir, String name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted)).sorted()
                    .findFirst().orElse(null);
        }
    }

    /**
     * The package root inside an unpacked zip: the folder itself when it holds unit.json, else its
     * single sub-folder (a zip of the package folder), ignoring {@code __MACOSX}.
     */
    public static Path rootOf(Path unpacked) throws IOException {
        if (new PackageFiles(unpacked).find("", "unit.json") != null) {
            return unpacked;
        }
        try (Stream<Path> s = Files.list(unpacked)) {
            List<Path> dirs = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString()
                    .equals("__MACOSX")).toList();
            return dirs.size() == 1 ? dirs.get(0) : unpacked;
        }
    }
}
