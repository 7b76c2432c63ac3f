package org.landcon.web.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.ChangeParcel;
import org.landcon.web.internal.Json;
import org.landcon.web.internal.http.ApiException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class ParcelEditTest {
    static final ChangeParcel OLD = parcel();

    static ChangeParcel parcel() {
        try {
            Geometry g = new WKTReader().read("POLYGON ((0 0, 100 0, 100 50, 0 50, 0 0))");
            return new ChangeParcel("SP-001/1", "SP-001", "高标准农田", "farmland", "farmland-creation", "0103", 8, 0.05,
                    "map", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 1), Map.of("subproject", "SP-001", "name", "高标准农田",
                            "type", "farmland", "kind", "farmland-creation", "toDLBM", "0103", "toGrade", 8, "toKCXS", 0.05,
                            "measure", "map", "start", "2025-03-01", "finish", "2025-10-01"), g);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenPropertiesReplaceTheOldAndTheTypedFieldsFollow() throws Exception {
        ChangeParcel p = ParcelEdit.apply(OLD, Json.MAPPER.readTree(
                "{\"properties\":{\"toDLBM\":\"0102\",\"toGrade\":\"7\",\"measure\":\"measured\",\"finish\":\"2026-06-30\",\"toKCXS\":null}}"), 4523);
        assertEquals("SP-001/1", p.id());
        assertEquals("0102", p.toDLBM());
        assertEquals(7, p.toGrade());
        assertEquals("measured", p.measure());
        assertEquals(LocalDate.of(2026, 6, 30), p.finish());
        assertEquals(0.0, p.toKCXS());
        assertNull(p.properties().get("toKCXS"));
        assertEquals(5000.0, p.geometry().getArea(), 0.005);
    }

    @Test
    void aNewGeometryReplacesTheOldInThePlansCrs() throws Exception {
        ChangeParcel p = ParcelEdit.apply(OLD, Json.MAPPER.readTree("{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[40,0],[40,30],[0,30],[0,0]]]}}"), 4523);
        assertEquals(1200.0, p.geometry().getArea(), 0.005);
        assertEquals(4523, p.geometry().getSRID());
    }

    @Test
    void badValuesAre400sNamingParcelAndField() throws Exception {
        ApiException grade = assertThrows(ApiException.class, () -> ParcelEdit.apply(OLD,
                Json.MAPPER.readTree("{\"properties\":{\"toGrade\":\"good\"}}"), 4523));
        assertEquals(400, grade.status());
        assertEquals("地块 SP-001/1 的字段 toGrade 须为数字：good", grade.zh());
        ApiException date = assertThrows(ApiException.class, () -> ParcelEdit.apply(OLD,
                Json.MAPPER.readTree("{\"properties\":{\"start\":\"2025-13-01\"}}"), 4523));
        assertEquals("field start of parcel SP-001/1 must be a yyyy-MM-dd date: 2025-13-01", date.en());
        ApiException bowtie = assertThrows(ApiException.class, () -> ParcelEdit.apply(OLD, Json.MAPPER.readTree(
                "{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,10],[10,0],[0,10],[0,0]]]}}"), 4523));
        assertEquals("地块 SP-001/1 的几何图形须为有效的面（Polygon 或 MultiPolygon）", bowtie.zh());
        ApiException line = assertThrows(ApiException.class, () -> ParcelEdit.apply(OLD, Json.MAPPER.readTree(
                "{\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[10,10]]}}"), 4523));
        assertEquals(400, line.status());
    }

    @Test
    void aBboxIsFourOrderedNumbers() {
        assertEquals(new org.locationtech.jts.geom.Envelope(1, 3, 2, 4), LayerRoutes.bbox("1,2,3,4"));
        assertNull(LayerRoutes.bbox(null));
        assertEquals("bbox must be four numbers minx,miny,maxx,maxy: 3,2,1,4",
                assertThrows(ApiException.class, () -> LayerRoutes.bbox("3,2,1,4")).en());
        assertEquals(400, assertThrows(ApiException.class, () -> LayerRoutes.bbox("a,b,c,d")).status());
    }
}
