package org.landcon.web.internal.plan;

import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.service.InvalidPackageException;
import org.landcon.api.service.PlanPackageReader;

/**
 * A plan's package as kept at upload (read again from its zip, held in memory while memory allows),
 * and that package with another set of change parcels (the stored parcels of a version, after edits).
 */
public final class PackageSource {
    public static final String EDITS = "subprojects (edited)";
    private final PlanPackageReader reader;
    private final PlanFiles files;
    private final Map<Long, SoftReference<PlanPackage>> cache = new ConcurrentHashMap<>();

    public PackageSource(PlanPackageReader reader, PlanFiles files) {
        this.reader = reader;
        this.files = files;
    }

    /** The package as uploaded. */
    public PlanPackage kept(long planId) throws InvalidPackageException {
        SoftReference<PlanPackage> ref = cache.get(planId);
        PlanPackage pkg = ref == null ? null : ref.get();
        if (pkg == null) {
            pkg = reader.read(files.packageZip(planId));
            cache.put(planId, new SoftReference<>(pkg));
        }
        return pkg;
    }

    /** Remembers the package of a new plan, so that the first re-check need not read it again. */
    public void remember(long planId, PlanPackage pkg) {
        cache.put(planId, new SoftReference<>(pkg));
    }

    /**
     * {@code pkg} with {@code parcels} as its change parcels; when they were {@code edited} since the
     * upload, the sources name them {@value #EDITS} with the SHA-256 of their content.
     */
    public static PlanPackage withParcels(PlanPackage pkg, List<ChangeParcel> parcels, boolean edited) {
        Map<String, String> sources = new LinkedHashMap<>(pkg.sources());
        if (edited) {
            sources.put(EDITS, sha256(parcels));
        }
        return new PlanPackage(pkg.unit(), pkg.landParcels(), pkg.controls(), parcels, sources, pkg.warnings());
    }

    static String sha256(List<ChangeParcel> parcels) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            parcels.stream().sorted(java.util.Comparator.comparing(ChangeParcel::id)).forEach(p -> md.update(
                    (p.id() + "\n" + new java.util.TreeMap<>(p.properties()) + "\n" + p.geometry() + "\n")
                            .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
