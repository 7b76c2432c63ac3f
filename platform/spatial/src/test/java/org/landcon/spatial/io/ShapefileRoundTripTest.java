package org.landcon.spatial.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class ShapefileRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackGeometryChineseNumbersAndDates() throws Exception {
        FeatureLayer layer = Fixtures.dltbLayer();
        ShapefileWriter.write(dir.resolve("DLTB.shp"), layer);

        FeatureLayer back = ShapefileReader.read(dir.resolve("DLTB.shp"), "basemap/DLTB.shp");

        assertEquals(3, back.features().size());
        assertEquals(4523, back.crs().epsg());
        for (int i = 0; i < 3; i++) {
            Feature in = layer.features().get(i);
            Feature out = back.features().get(i);
            assertTrue(in.geometry().equalsExact(out.geometry().norm().reverse().norm())
                    || in.geometry().equalsTopo(out.geometry()), "geometry " + i);
            assertEquals(in.geometry().getArea(), out.geometry().getArea(), 0.01);
            assertEquals(in.get("DLMC"), out.get("DLMC"));
            assertEquals(in.get("QSDWMC"), out.get("QSDWMC"));
            assertEquals((Double) in.get("TBMJ"), (Double) out.get("TBMJ"), 0.001);
            assertEquals(7, out.get("GDDB"));
            assertEquals(LocalDate.of(2023, 12, 31), out.get("SJNF"));
        }
        assertEquals(1, ((Polygon) back.features().get(2).geometry()).getNumInteriorRing());
        assertEquals("GBK", Files.readString(dir.resolve("DLTB.cpg")).strip());
    }

    @Test
    void keepsCentiaresAndLongChineseTextWhole() throws Exception {
        String longName = "宁夏回族自治区银川市永宁县望远镇王家村第三村民小组集体土地";
        FeatureLayer layer = FeatureLayer.of("x.shp", Crs.of(4523), List.of(
                new Feature(null, Fixtures.props("ZLDWMC", longName, "TBMJ", 123456789.12, "KCXS", 0.0315,
                        "OK", true, "N", 42L), Fixtures.square(35500000, 4200000, 10))));

        List<DbfField> fields = ShapefileWriter.write(dir.resolve("x.shp"), layer);
        Feature back = ShapefileReader.read(dir.resolve("x.shp")).features().get(0);

        assertEquals(longName.getBytes(Charset.forName("GBK")).length, fields.get(0).length());
        assertEquals(longName, back.get("ZLDWMC"));
        assertEquals(123456789.12, (Double) back.get("TBMJ"), 0.001);
        assertEquals(0.0315, (Double) back.get("KCXS"), 1e-9);
        assertEquals(Boolean.TRUE, back.get("OK"));
        assertEquals(42, ((Number) back.get("N")).intValue());
    }

    @Test
    void writesUtf8WhenAskedAndSaysSoInTheCpg() throws Exception {
        ShapefileWriter.write(dir.resolve("u.shp"), Fixtures.dltbLayer(), StandardCharsets.UTF_8);
        assertEquals("UTF-8", Files.readString(dir.resolve("u.cpg")).strip());
        assertEquals("养殖坑塘", ShapefileReader.read(dir.resolve("u.shp")).features().get(2).get("DLMC"));
    }

    @Test
    void writesShellsClockwiseAndHolesCounterClockwise() throws Exception {
        Geometry ccwShell = Fixtures.dltbLayer().features().get(2).geometry().norm().reverse();
        FeatureLayer layer = FeatureLayer.of("o.shp", null, List.of(new Feature(null, Fixtures.props("A", 1),
                ccwShell)));
        ShapefileWriter.write(dir.resolve("o.shp"), layer);

        List<Coordinate[]> rings = rawRings(Files.readAllBytes(dir.resolve("o.shp")));
        assertEquals(2, rings.size());
        assertFalse(Orientation.isCCW(rings.get(0)), "shell clockwise");
        assertTrue(Orientation.isCCW(rings.get(1)), "hole counter-clockwise");
        assertFalse(Files.exists(dir.resolve("o.prj")), "no .prj for a layer with no CRS");
    }

    @Test
    void findsSiblingFilesWhateverTheirCase() throws Exception {
        ShapefileWriter.write(dir.resolve("DLTB.shp"), Fixtures.dltbLayer());
        for (String ext : List.of("shx", "dbf", "prj", "cpg")) {
            Files.move(dir.resolve("DLTB." + ext), dir.resolve("dltb." + ext.toUpperCase()));
        }
        FeatureLayer back = ShapefileReader.read(dir.resolve("DLTB.shp"));
        assertEquals("旱地", back.features().get(1).get("DLMC"));
        assertEquals(4523, back.crs().epsg());
    }

    @Test
    void assignsHolesToTheShellThatContainsThemWhateverTheRingOrder() throws Exception {
        Geometry two = Fixtures.wkt("MULTIPOLYGON(((0 0, 0 10, 10 10, 10 0, 0 0)), ((20 0, 20 10, 30 10, 30 0, 20 0), "
                + "(22 2, 28 2, 28 8, 22 8, 22 2)))");
        ShapefileWriter.write(dir.resolve("m.shp"), FeatureLayer.of("m.shp", null, List.of(new Feature(null,
                Fixtures.props("A", 1), two))));
        Geometry back = ShapefileReader.read(dir.resolve("m.shp")).features().get(0).geometry();
        assertEquals(2, back.getNumGeometries());
        assertEquals(100 + 64, back.getArea(), 1e-9);
        assertTrue(back.isValid());
    }

    /** The rings of the first record, as stored. */
    static List<Coordinate[]> rawRings(byte[] shp) {
        ByteBuffer b = ByteBuffer.wrap(shp).order(ByteOrder.LITTLE_ENDIAN);
        int at = 108;
        int parts = b.getInt(at + 36);
        int points = b.getInt(at + 40);
        int base = at + 44 + 4 * parts;
        List<Coordinate[]> rings = new java.util.ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = b.getInt(at + 44 + 4 * p);
            int to = p + 1 < parts ? b.getInt(at + 48 + 4 * p) : points;
            Coordinate[] c = new Coordinate[to - from];
            for (int i = from; i < to; i++) {
                c[i - from] = new Coordinate(b.getDouble(base + 16 * i), b.getDouble(base + 16 * i + 8));
            }
            rings.add(c);
        }
        return rings;
    }
}
