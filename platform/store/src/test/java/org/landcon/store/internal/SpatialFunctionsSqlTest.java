package org.landcon.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanVersion;

/** SQL level: H2GIS loads in the background, and the stored geometries answer its ST_ functions. */
class SpatialFunctionsSqlTest {
    @TempDir
    Path dir;

    @Test
    void h2gisLoadsOffTheStartThreadAndWorksOnStoredLayers() throws Exception {
        try (Fixture f = new Fixture(dir)) {
            assertTrue(f.db.spatialFunctions().get(60, TimeUnit.SECONDS), "H2GIS functions loaded");
            Plan plan = f.plans.createPlan("640122101", "习岗镇", "640000", "640122", "compiler");
            PlanVersion v = f.plans.saveVersion(plan.id(), Fixture.planJson(Map.of()), Map.of(), "compiler", null);
            f.plans.storeLayer(v.id(), "DLTB", "DLTB.shp", "b".repeat(64),
                    List.of(PlanStoreTest.feature("1", "POLYGON((0 0,40 0,40 25,0 25,0 0))")), "compiler");
            double area = f.db.read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT ST_Area(geom), ST_SRID(geom) FROM layer_feature"
                                + " WHERE geom && ST_MakeEnvelope(10, 10, 11, 11, 4523)")) {
                    r.next();
                    assertEquals(4523, r.getInt(2));
                    return r.getDouble(1);
                }
            });
            assertEquals(1000.0, area, 0.005);
        }
    }
}
