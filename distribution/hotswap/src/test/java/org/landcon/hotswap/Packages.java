package org.landcon.hotswap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.landcon.spatial.generator.TownshipGenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plan packages for the tests: the synthetic Ningxia township of {@link TownshipGenerator}, then
 * trimmed to some change parcels or moved to another unit (region, county) by editing its files.
 */
final class Packages {

    private Packages() {
    }

    /** Writes the generated township (seed, about {@code polygons} 地类图斑) to {@code dir}. */
    static Path generate(Path dir, long seed, int polygons) throws IOException {
        new TownshipGenerator(seed, polygons).writePackage(dir);
        return dir;
    }

    /** Keeps only the change parcels whose properties pass {@code keep}. */
    static void keepParcels(Path pkg, Predicate<JsonNode> keep) throws IOException {
        Path file = pkg.resolve("subprojects.geojson");
        ObjectNode root = (ObjectNode) Api.JSON.readTree(file.toFile());
        ArrayNode kept = Api.JSON.createArrayNode();
        root.path("features").forEach(f -> {
            if (keep.test(f.path("properties"))) {
                kept.add(f);
            }
        });
        root.set("features", kept);
        Api.JSON.writeValue(file.toFile(), root);
    }

    /** The ids of the change parcels whose properties pass {@code which}. */
    static List<String> parcelIds(Path pkg, Predicate<JsonNode> which) throws IOException {
        List<String> ids = new ArrayList<>();
        Api.JSON.readTree(pkg.resolve("subprojects.geojson").toFile()).path("features").forEach(f -> {
            if (which.test(f.path("properties"))) {
                ids.add(f.hasNonNull("id") ? f.path("id").asText() : f.path("properties").path("id").asText());
            }
        });
        return ids;
    }

    /** Edits unit.json. */
    static void unit(Path pkg, Consumer<ObjectNode> edit) throws IOException {
        Path file = pkg.resolve("unit.json");
        ObjectNode unit = (ObjectNode) Api.JSON.readTree(file.toFile());
        edit.accept(unit);
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), unit);
    }

    static Predicate<JsonNode> ofType(String... types) {
        List<String> t = List.of(types);
        return p -> t.contains(p.path("type").asText());
    }

    static Predicate<JsonNode> ofKind(String... kinds) {
        List<String> k = List.of(kinds);
        return p -> k.contains(p.path("kind").asText());
    }

    /** Zips the package folder as {@code <folder>.zip} next to it. */
    static Path zip(Path pkg) throws IOException {
        Path zip = pkg.resolveSibling(pkg.getFileName() + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(pkg)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(pkg.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        return zip;
    }
}
