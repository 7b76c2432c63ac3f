package org.landcon.spatial.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.Problem;

class GeoJsonTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsGeometryIdsPropertiesAndCrs() throws Exception {
        FeatureLayer layer = FeatureLayer.of("l", Crs.of(4523), List.of(
                new Feature("sp-1/1", Fixtures.props("name", "王家村旱改水", "investment", 120.5, "households", 12,
                        "start", LocalDate.of(2025, 3, 1), "funding", Map.of("central", 300), "none", null),
                        Fixtures.dltbLayer().features().get(2).geometry()),
                new Feature("p", Fixtures.props("BHBJ", 15.0), Fixtures.wkt("POINT (35500010 4200020)")),
                new Feature("m", Fixtures.props(), Fixtures.wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))"))));
        GeoJsonWriter.write(dir.resolve("l.geojson"), layer);

        FeatureLayer back = GeoJsonReader.read(dir.resolve("l.geojson"));

        assertEquals(4523, back.crs().epsg());
        for (int i = 0; i < 3; i++) {
            assertTrue(layer.features().get(i).geometry().equalsExact(back.features().get(i).geometry()), "geometry " + i);
            assertEquals(layer.features().get(i).id(), back.features().get(i).id());
        }
        Feature f = back.features().get(0);
        assertEquals("王家村旱改水", f.get("name"));
        assertEquals(120.5, f.get("investment"));
        assertEquals(12, f.get("households"));
        assertEquals("2025-03-01", f.get("start"));
        assertEquals(Map.of("central", 300), f.get("funding"));
        assertTrue(f.properties().containsKey("none"));
    }

    @Test
    void withoutCrsTheSridIsUnknownAndTheIdMayBeAProperty() throws Exception {
        FeatureLayer l = read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"id\":7},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}");
        assertNull(l.crs());
        assertEquals("7", l.features().get(0).id());
    }

    @Test
    void readsTheShortCrsSpellingAndNamesAnUnknownOne() throws Exception {
        assertEquals(4544, read("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"EPSG:4544\"}},\"features\":[]}").crs().epsg());
        Crs odd = read("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"Xi'an local\"}},\"features\":[]}").crs();
        assertEquals(new Crs(0, "Xi'an local", false), odd);
    }

    @Test
    void malformedJsonAndGeometryAreProblemsNamingFileAndFeature() {
        LayerFormatException bad = assertThrows(LayerFormatException.class, () -> read("{\"type\": \"FeatureCollection\","));
        assertEquals("subprojects.geojson", bad.problems().get(0).file());
        assertTrue(bad.problems().get(0).message().startsWith("GeoJSON 解析失败：第 1 行第 "), bad.problems().toString());

        LayerFormatException geom = assertThrows(LayerFormatException.class, () -> read("{\"type\":\"FeatureCollection\","
                + "\"features\":[{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[0,0],[1,0],[1,1]]]}}]}"));
        assertEquals(List.of(Problem.error("subprojects.geojson", "a", null,
                "要素 a 的几何格式错误：Points of LinearRing do not form a closed linestring",
                "feature a has a malformed geometry: Points of LinearRing do not form a closed linestring")), geom.problems());
    }

    private static FeatureLayer read(String json) throws Exception {
        return GeoJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "subprojects.geojson");
    }
}
