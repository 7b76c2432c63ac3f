package org.landcon.spatial.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.Problem;
import org.locationtech.jts.geom.Geometry;

/** FlatGeobuf: our writer against our reader, and both against GDAL's. */
class FlatGeobufTest {

    @TempDir
    Path dir;

    @Test
    void aLayerComesBackWithItsGeometriesValuesAndCrs() throws Exception {
        Geometry withHole = Fixtures.wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (10 10, 10 20, 20 20, 20 10, 10 10))");
        Geometry two = Fixtures.wkt("MULTIPOLYGON (((200 0, 300 0, 300 50, 200 0)), ((400 0, 500 0, 500 50, 400 0)))");
        Geometry tree = Fixtures.wkt("POINT (35500010.5 4200020.25)");
        FeatureLayer layer = FeatureLayer.of("l.fgb", Crs.of(4523), List.of(
                new Feature("1", Fixtures.props("BSM", "6401221010000001", "DLMC", "水浇地", "QSDWMC", "海家墩村",
                        "TBMJ", 1234.56, "GDDB", 7L, "SFJBNT", true, "GXSJ", LocalDate.of(2024, 12, 31)), withHole),
                new Feature("2", Fixtures.props("BSM", "6401221010000002", "DLMC", "果园", "TBMJ", 10L), two),
                new Feature("3", Fixtures.props("BSM", "古树 0042", "BHBJ", 15.0), tree)));

        FlatGeobufWriter.write(dir.resolve("l.fgb"), layer);
        FeatureLayer read = FlatGeobufReader.read(dir.resolve("l.fgb"));

        assertEquals(4523, read.crs().epsg());
        assertEquals(3, read.features().size());
        Feature a = read.features().get(0);
        assertTrue(withHole.equalsExact(a.geometry()), a.geometry().toText());
        assertEquals("水浇地", a.get("DLMC"));
        assertEquals("海家墩村", a.get("QSDWMC"));
        assertEquals(1234.56, a.get("TBMJ"));
        assertEquals(7L, a.get("GDDB"));
        assertEquals(true, a.get("SFJBNT"));
        assertEquals(LocalDate.of(2024, 12, 31), a.get("GXSJ"));
        assertTrue(two.equalsExact(read.features().get(1).geometry()));
        assertEquals(10.0, read.features().get(1).get("TBMJ"), "a column with decimals is Double throughout");
        assertNull(read.features().get(1).get("GDDB"), "a missing value reads as absent");
        assertTrue(tree.equalsExact(read.features().get(2).geometry()));
        assertEquals("古树 0042", read.features().get(2).get("BSM"));
    }

    @Test
    void polygonsBesideMultiPolygonsAreWrittenAsOnePartMultiPolygons() throws Exception {
        Geometry one = Fixtures.square(0, 0, 10);
        Geometry two = Fixtures.wkt("MULTIPOLYGON (((20 0, 30 0, 30 10, 20 0)), ((40 0, 50 0, 50 10, 40 0)))");
        FlatGeobufWriter.write(dir.resolve("m.fgb"), FeatureLayer.of("m.fgb", Crs.of(4523),
                List.of(new Feature("1", Map.of(), one), new Feature("2", Map.of(), two))));

        FeatureLayer read = FlatGeobufReader.read(dir.resolve("m.fgb"));

        assertEquals("MultiPolygon", read.features().get(0).geometry().getGeometryType());
        assertEquals(1, read.features().get(0).geometry().getNumGeometries());
        assertEquals(100.0, read.features().get(0).geometry().getArea(), 1e-9);
        assertTrue(two.equalsExact(read.features().get(1).geometry()));
    }

    @Test
    void aTruncatedFileNamesTheFeatureThatIsCut() throws Exception {
        FlatGeobufWriter.write(dir.resolve("DLTB.fgb"), Fixtures.dltbLayer());
        byte[] whole = Files.readAllBytes(dir.resolve("DLTB.fgb"));
        byte[] cut = Arrays.copyOf(whole, whole.length - 20);

        LayerFormatException e = assertThrows(LayerFormatException.class, () -> FlatGeobufReader.read(cut, "basemap/DLTB.fgb"));
        Problem p = e.problems().get(0);
        assertEquals("basemap/DLTB.fgb", p.file());
        assertEquals("#" + Fixtures.dltbLayer().features().size(), p.feature());

        LayerFormatException notFgb = assertThrows(LayerFormatException.class,
                () -> FlatGeobufReader.read("not a flatgeobuf file".getBytes(), "controls/YJJBNT.fgb"));
        assertTrue(notFgb.problems().get(0).message().contains("不是 FlatGeobuf"), notFgb.problems().toString());
    }

    @Test
    void ogrinfoReadsOurCrsAndChinese() throws Exception {
        assumeTrue(GdalInteropTest.onPath("ogrinfo"), "ogrinfo not installed");
        FlatGeobufWriter.write(dir.resolve("DLTB.fgb"), new FeatureLayer("DLTB.fgb", Crs.of(4523),
                Fixtures.dltbLayer().features(), List.of()));

        String info = GdalInteropTest.run("ogrinfo", "-al", dir.resolve("DLTB.fgb").toString());

        assertTrue(info.contains("ID[\"EPSG\",4523]]"), info);
        assertTrue(info.contains("Feature Count: " + Fixtures.dltbLayer().features().size()), info);
        Feature first = Fixtures.dltbLayer().features().get(0);
        assertTrue(info.contains("DLMC (String) = " + first.get("DLMC")), info);
    }

    @Test
    void weReadWhatGdalWritesWithItsSpatialIndex() throws Exception {
        assumeTrue(GdalInteropTest.onPath("ogr2ogr"), "ogr2ogr not installed");
        FeatureLayer source = new FeatureLayer("DLTB.shp", Crs.of(4523), Fixtures.dltbLayer().features(), List.of());
        ShapefileWriter.write(dir.resolve("DLTB.shp"), source);
        GdalInteropTest.run("ogr2ogr", "-f", "FlatGeobuf", "-lco", "SPATIAL_INDEX=YES", dir.resolve("DLTB.fgb").toString(),
                dir.resolve("DLTB.shp").toString());

        FeatureLayer read = FlatGeobufReader.read(dir.resolve("DLTB.fgb"));

        assertEquals(4523, read.crs().epsg());
        assertEquals(source.features().size(), read.features().size());
        // GDAL writes the features in the index's Hilbert order: match them by BSM
        Map<Object, Feature> byBsm = new java.util.HashMap<>();
        read.features().forEach(f -> byBsm.put(f.get("BSM"), f));
        for (Feature f : source.features()) {
            Feature r = byBsm.get(f.get("BSM"));
            assertEquals(f.get("DLMC"), r.get("DLMC"));
            assertEquals(((Number) f.get("TBMJ")).doubleValue(), ((Number) r.get("TBMJ")).doubleValue(), 1e-9);
            assertEquals(f.geometry().getArea(), r.geometry().getArea(), 1e-6);
        }
    }
}
