package org.landcon.store.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.landcon.api.model.ChangeParcel;
import org.landcon.store.PlanStore;
import org.landcon.store.StoreException;
import org.landcon.store.model.LayerFeature;
import org.landcon.store.model.LayerSource;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanState;
import org.landcon.store.model.PlanVersion;
import org.locationtech.jts.geom.Envelope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Plans and immutable versions in the store's H2 database; each write one transaction with its audit entry. */
@Component(service = PlanStore.class)
public final class H2PlanStore implements PlanStore {
    private final Database db;
    private final Audit audit;

    @Activate
    public H2PlanStore(@Reference Database db) {
        this.db = db;
        this.audit = new Audit(db);
    }

    @Override
    public Plan createPlan(String unitCode, String name, String region, String county, String actor) {
        return db.write(c -> {
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO plan (unit_code, name, region, county, state,"
                    + " created_ms, created_by) VALUES (?,?,?,?,?,?,?)", new String[] { "ID" })) {
                p.setString(1, unitCode);
                p.setString(2, name);
                p.setString(3, region);
                p.setString(4, county);
                p.setString(5, PlanState.DRAFT.code());
                p.setLong(6, db.clock().millis());
                p.setString(7, actor);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            audit.record(c, actor, "plan.create", "plan:" + id, "unit", unitCode, "name", name, "region", region,
                    "county", county);
            return PlanRows.get(c, id);
        });
    }

    @Override
    public List<Plan> plans() {
        return db.read(PlanRows::all);
    }

    @Override
    public Optional<Plan> plan(long planId) {
        return db.read(c -> PlanRows.find(c, planId));
    }

    @Override
    public PlanVersion saveVersion(long planId, byte[] planJson, Map<String, String> sources, String author, String note) {
        PlanJson parsed = PlanJson.parse(planJson);
        return db.write(c -> insertVersion(c, planId, planJson, parsed, sources, author, note));
    }

    @Override
    public PlanVersion saveVersion(long planId, byte[] planJson, Map<String, String> sources, String author, String note,
            List<ChangeParcel> parcels, List<org.landcon.store.model.LayerData> layers) {
        PlanJson parsed = PlanJson.parse(planJson);
        return db.write(c -> {
            PlanVersion v = insertVersion(c, planId, planJson, parsed, sources, author, note);
            insertParcels(c, v, parcels, author);
            for (org.landcon.store.model.LayerData l : layers) {
                insertLayer(c, v, l.layer(), l.sourceFile(), l.sha256(), l.features(), author);
            }
            return v;
        });
    }

    private PlanVersion insertVersion(Connection c, long planId, byte[] planJson, PlanJson parsed, Map<String, String> sources,
            String author, String note) throws SQLException {
        String sha = sha256(planJson);
        {
            PlanRows.requireEditable(PlanRows.get(c, planId));
            long id = VersionRows.insert(c, planId, planJson.clone(), sha, parsed.violations().size(), author, note,
                    db.clock().millis());
            VersionRows.insertSources(c, id, sources == null ? Map.of() : sources);
            VersionRows.insertRules(c, id, parsed.rules());
            PlanVersion v = VersionRows.get(c, id);
            audit.record(c, author, "plan.version.save", "plan:" + planId, "version", v.number(), "versionId", id,
                    "sha256", sha, "violations", parsed.violations(), "note", note);
            return v;
        }
    }

    @Override
    public List<PlanVersion> versions(long planId) {
        return db.read(c -> VersionRows.query(c, "WHERE plan_id = ? ORDER BY number", planId));
    }

    @Override
    public Optional<PlanVersion> version(long planId, int number) {
        return db.read(c -> VersionRows.query(c, "WHERE plan_id = ? AND number = ?", planId, number)).stream().findFirst();
    }

    @Override
    public Optional<PlanVersion> latestVersion(long planId) {
        return db.read(c -> VersionRows.query(c, "WHERE plan_id = ? ORDER BY number DESC LIMIT 1", planId)).stream()
                .findFirst();
    }

    @Override
    public byte[] planJson(long versionId) {
        return db.read(c -> VersionRows.json(c, versionId));
    }

    @Override
    public void storeParcels(long versionId, List<ChangeParcel> parcels, String actor) {
        db.write(c -> {
            insertParcels(c, editableVersion(c, versionId), parcels, actor);
            return null;
        });
    }

    private void insertParcels(Connection c, PlanVersion v, List<ChangeParcel> parcels, String actor) throws SQLException {
        if (ParcelRows.count(c, v.id()) > 0) {
            throw new StoreException("方案版本 v" + v.number() + " 的变化地块已保存，不能再改",
                    "the change parcels of version v" + v.number() + " are already stored and cannot change");
        }
        ParcelRows.insert(c, v.id(), parcels);
        audit.record(c, actor, "plan.parcels.store", "plan:" + v.planId(), "version", v.number(), "parcels",
                parcels.size());
    }

    @Override
    public List<ChangeParcel> parcels(long versionId) {
        return db.read(c -> ParcelRows.read(c, versionId));
    }

    @Override
    public LayerSource storeLayer(long versionId, String layer, String sourceFile, String sha256,
            List<LayerFeature> features, String actor) {
        return db.write(c -> insertLayer(c, editableVersion(c, versionId), layer, sourceFile, sha256, features, actor));
    }

    private LayerSource insertLayer(Connection c, PlanVersion v, String layer, String sourceFile, String sha256,
            List<LayerFeature> features, String actor) throws SQLException {
        long versionId = v.id();
        {
            if (!LayerRows.sources(c, versionId, layer).isEmpty()) {
                throw new StoreException("方案版本 v" + v.number() + " 已有图层 " + layer + "，不能再改",
                        "version v" + v.number() + " already has layer " + layer + "; it cannot change");
            }
            long dataId = LayerRows.existingData(c, layer, sha256);
            boolean shared = dataId != 0;
            if (!shared) {
                dataId = LayerRows.insertData(c, layer, sourceFile, sha256, features);
            }
            LayerRows.link(c, versionId, layer, sourceFile, dataId);
            audit.record(c, actor, "plan.layer.store", "plan:" + v.planId(), "version", v.number(), "layer", layer,
                    "file", sourceFile, "sha256", sha256, "features", features.size(), "shared", shared);
            return LayerRows.sources(c, versionId, layer).get(0);
        }
    }

    @Override
    public List<LayerSource> layers(long versionId) {
        return db.read(c -> LayerRows.sources(c, versionId, null));
    }

    @Override
    public List<LayerFeature> layerFeatures(long versionId, String layer, Envelope bbox) {
        return db.read(c -> LayerRows.features(c, versionId, layer, bbox));
    }

    private static PlanVersion editableVersion(Connection c, long versionId) throws SQLException {
        PlanVersion v = VersionRows.get(c, versionId);
        PlanRows.requireEditable(PlanRows.get(c, v.planId()));
        return v;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
