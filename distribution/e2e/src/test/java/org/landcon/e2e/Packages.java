package org.landcon.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.landcon.spatial.generator.TownshipGenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Plan packages for the tests: a synthetic township (TownshipGenerator), zipped in memory. */
final class Packages {

    private Packages() {
    }

    /** Writes a small township (about 2 000 parcels, 14 change parcels) into a new folder. */
    static Path township(long seed) throws IOException {
        Path dir = Files.createTempDirectory("landcon-package");
        new TownshipGenerator(seed, 2000, 12).writePackage(dir);
        return dir;
    }

    static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Removes the change parcels with these ids (or of these sub-projects) from the package's subprojects.geojson. */
    static void dropParcels(Path dir, Set<String> ids) throws IOException {
        Path file = dir.resolve("subprojects.geojson");
        ObjectNode root = (ObjectNode) Client.JSON.readTree(file.toFile());
        ArrayNode kept = Client.JSON.createArrayNode();
        for (JsonNode f : root.path("features")) {
            if (!ids.contains(f.path("id").asText()) && !ids.contains(f.path("properties").path("subproject").asText())) {
                kept.add(f);
            }
        }
        root.set("features", kept);
        Client.JSON.writeValue(file.toFile(), root);
    }

    /** A plan that uploads and was assembled: its id and how many violations it has. */
    record Uploaded(long id, int violations, Path dir) {
    }

    /**
     * Uploads the package, dropping the parcels the platform names (as problems or in violations)
     * until a version without violations is accepted; the first accepted upload with violations
     * is remembered in {@code withViolations}.
     */
    static Uploaded clean(Client compiler, Path dir, long[] withViolations) throws Exception {
        for (int round = 0; round < 8; round++) {
            Client.Reply r = compiler.upload(zip(dir), "hewan.zip");
            Set<String> drop = new HashSet<>();
            if (r.status() == 400) {
                r.json().path("problems").forEach(p -> drop.add(p.path("feature").asText()));
            } else if (r.status() == 201) {
                long id = r.json().path("id").asLong();
                if (r.json().path("violations").asInt() == 0) {
                    return new Uploaded(id, 0, dir);
                }
                if (withViolations[0] == 0) {
                    withViolations[0] = id;
                }
                for (JsonNode v : compiler.get("/api/plans/" + id + "/verdicts").json().path("verdicts")) {
                    if ("violation".equals(v.path("verdict").asText())) {
                        v.path("features").forEach(f -> drop.add(f.asText()));
                    }
                }
            } else {
                throw new IllegalStateException("upload answered " + r.status() + ": " + r.text());
            }
            dropParcels(dir, drop);
        }
        throw new IllegalStateException("no package without violations after 8 rounds");
    }
}
