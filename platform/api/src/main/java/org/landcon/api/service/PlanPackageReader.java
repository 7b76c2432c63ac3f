package org.landcon.api.service;

import java.nio.file.Path;

import org.landcon.api.model.PlanPackage;
import org.osgi.annotation.versioning.ProviderType;

/** Reads and validates a plan package (a folder, or a .zip of one) in the exchange format. */
@ProviderType
public interface PlanPackageReader {

    /**
     * Reads the package at {@code path}.
     *
     * @throws InvalidPackageException when the package is unusable; its problems name file,
     *                                 feature and field
     */
    PlanPackage read(Path path) throws InvalidPackageException;
}
