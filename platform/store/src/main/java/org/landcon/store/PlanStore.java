package org.landcon.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.landcon.api.model.ChangeParcel;
import org.landcon.store.model.LayerFeature;
import org.landcon.store.model.LayerSource;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanVersion;
import org.locationtech.jts.geom.Envelope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Plans and their versions. A version is immutable: there is no update path, every assembly or
 * edit makes a new version, and a plan that was approved accepts no new version (its versions and
 * verdicts are frozen, a later re-check cannot change them). Each write is one transaction with
 * its audit entry.
 */
@ProviderType
public interface PlanStore {

    /** Creates a plan in state {@code draft} for the township {@code unitCode}. */
    Plan createPlan(String unitCode, String name, String region, String county, String actor);

    /** Every plan, newest first. */
    List<Plan> plans();

    Optional<Plan> plan(long planId);

    /**
     * Saves {@code planJson} as the plan's next version (1, 2, 3 …). The rule versions and the
     * verdicts it records are read from the JSON.
     *
     * @param sources source file name → SHA-256 (hex) of the files it was assembled from
     * @throws StoreException when the plan is unknown, submitted or approved (frozen), or the JSON
     *                        is not a plan
     */
    PlanVersion saveVersion(long planId, byte[] planJson, Map<String, String> sources, String author, String note);

    /**
     * Saves plan.json with its change parcels and layers as the plan's next version, in one
     * transaction: no reader and no crash ever sees the version without its parcels or layers.
     *
     * @since 1.1
     */
    PlanVersion saveVersion(long planId, byte[] planJson, Map<String, String> sources, String author, String note,
            List<ChangeParcel> parcels, List<org.landcon.store.model.LayerData> layers);

    /** The plan's versions, oldest first. */
    List<PlanVersion> versions(long planId);

    /** Version {@code number} of the plan. */
    Optional<PlanVersion> version(long planId, int number);

    /** The plan's newest version. */
    Optional<PlanVersion> latestVersion(long planId);

    /** The plan.json bytes of a version, exactly as saved. */
    byte[] planJson(long versionId);

    /**
     * Stores the change parcels of a version, all or none. A version's parcels are stored once.
     */
    void storeParcels(long versionId, List<ChangeParcel> parcels, String actor);

    /** The change parcels of a version, by id. */
    List<ChangeParcel> parcels(long versionId);

    /**
     * Stores a layer (DLTB, YJJBNT …) of a version, all features or none. A layer already stored
     * under the same name and checksum is shared, not copied.
     *
     * @param sourceFile the file it was read from
     * @param sha256     SHA-256 (hex) of that file
     */
    LayerSource storeLayer(long versionId, String layer, String sourceFile, String sha256,
            List<LayerFeature> features, String actor);

    /** The layers of a version. */
    List<LayerSource> layers(long versionId);

    /** The features of a layer whose geometry intersects {@code bbox} (every feature when null). */
    List<LayerFeature> layerFeatures(long versionId, String layer, Envelope bbox);
}
