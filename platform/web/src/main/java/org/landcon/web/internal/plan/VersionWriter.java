package org.landcon.web.internal.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Table;
import org.landcon.assembly.output.PlanJson;
import org.landcon.report.MapContent;
import org.landcon.report.PlanMapRenderer;
import org.landcon.report.XlsxWriter;
import org.landcon.store.PlanStore;
import org.landcon.store.model.PlanVersion;
import org.landcon.web.internal.Json;

/**
 * Stores an assembled plan as the plan's next version: plan.json, the change parcels, every layer
 * with its source file and SHA-256, and beside the store the version's tables (JSON and .xlsx)
 * and map (PNG), rendered once since a version never changes.
 */
public final class VersionWriter {
    static final int MAP_WIDTH = 1600;
    static final int MAP_HEIGHT = 900;
    private final PlanStore store;
    private final PlanFiles files;

    public VersionWriter(PlanStore store, PlanFiles files) {
        this.store = store;
        this.files = files;
    }

    public PlanVersion write(long planId, PlanPackage pkg, AssembledPlan plan, String actor, String note) {
        // one transaction: the version, its parcels and its layers are there together or not at all
        PlanVersion v = store.saveVersion(planId, PlanJson.bytes(plan), pkg.sources(), actor, note, pkg.changeParcels(),
                LayerSources.of(pkg).stream()
                        .map(l -> new org.landcon.store.model.LayerData(l.name(), l.file(), l.sha256(), l.features())).toList());
        List<Table> tables = org.landcon.assembly.output.PlanTables.of(plan, pkg.changeParcels());
        try {
            files.writeVersionFile(planId, v.number(), "extent.json", Json.MAPPER.writeValueAsBytes(extent(pkg)));
            files.writeVersionFile(planId, v.number(), "tables.json", Json.MAPPER.writeValueAsBytes(tables));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the version and its verdicts are visible now; the spreadsheet and the map follow off this
        // thread, so a re-check after a rule swap is not held up by rendering (readers wait for them)
        files.rendering(planId, v.number(), RENDERER.submit(() -> render(planId, v.number(), pkg, plan, tables)));
        return v;
    }

    private static final java.util.concurrent.ExecutorService RENDERER = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "landcon-render");
                t.setDaemon(true);
                return t;
            });

    private void render(long planId, int number, PlanPackage pkg, AssembledPlan plan, List<Table> tables) {
        try {
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            XlsxWriter.write(tables, xlsx);
            files.writeVersionFile(planId, number, "tables.xlsx", xlsx.toByteArray());
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            PlanMapRenderer.render(MapContent.of(pkg, plan.verdicts()), MAP_WIDTH, MAP_HEIGHT, png);
            files.writeVersionFile(planId, number, "map.png", png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** minx, miny, maxx, maxy of the survey (the unit boundary when there is none), for the map's first view. */
    static double[] extent(PlanPackage pkg) {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        pkg.landParcels().forEach(p -> e.expandToInclude(p.geometry().getEnvelopeInternal()));
        if (e.isNull() && pkg.unit().boundary() != null) {
            e.expandToInclude(pkg.unit().boundary().getEnvelopeInternal());
        }
        return e.isNull() ? new double[0] : new double[] { e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY() };
    }
}
