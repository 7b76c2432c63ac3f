package org.landcon.store.model;

import java.util.List;

/**
 * A layer to store with a version: its name, the file it was read from, that file's SHA-256 and
 * its features. Layers with the same name and checksum are stored once and shared.
 *
 * @since 1.1
 */
public record LayerData(String layer, String sourceFile, String sha256, List<LayerFeature> features) {

    public LayerData {
        features = List.copyOf(features);
    }
}
