package org.landcon.spatial.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Interoperability with GDAL: runs only where ogr2ogr / ogrinfo are on the PATH. */
class GdalInteropTest {

    @TempDir
    Path dir;

    @Test
    void readsChineseFromAGbkShapefileWrittenByGdalWithAndWithoutCpg() throws Exception {
        assumeTrue(onPath("ogr2ogr"), "ogr2ogr not installed");
        FeatureLayer in = FeatureLayer.of("in.geojson", Crs.of(4523), List.of(new Feature("a",
                Fixtures.props("BSM", "10", "DLMC", "水浇地", "ZLDWMC", "望远镇王家村", "TBMJ", 1234.56),
                Fixtures.square(35500000, 4200000, 50))));
        GeoJsonWriter.write(dir.resolve("in.geojson"), in);
        run("ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=GBK", dir.resolve("out.shp").toString(),
                dir.resolve("in.geojson").toString());

        FeatureLayer withCpg = ShapefileReader.read(dir.resolve("out.shp"));
        Files.delete(dir.resolve("out.cpg"));
        FeatureLayer withoutCpg = ShapefileReader.read(dir.resolve("out.shp"));

        for (FeatureLayer read : List.of(withCpg, withoutCpg)) {
            Feature f = read.features().get(0);
            assertEquals("水浇地", f.get("DLMC"));
            assertEquals("望远镇王家村", f.get("ZLDWMC"));
            assertEquals(1234.56, (Double) f.get("TBMJ"), 1e-6);
            assertEquals(2500.0, f.geometry().getArea(), 1e-6);
            assertEquals(4523, read.crs().epsg());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 4523, 4544, 4490, 4513, 4554, 2359, 2432 })
    void ogrinfoIdentifiesTheEpsgCodeOfOurPrjAndReadsOurChinese(int epsg) throws Exception {
        assumeTrue(onPath("ogrinfo"), "ogrinfo not installed");
        FeatureLayer layer = new FeatureLayer("DLTB.shp", Crs.of(epsg), Fixtures.dltbLayer().features(), List.of());
        ShapefileWriter.write(dir.resolve("DLTB.shp"), layer);

        String info = run("ogrinfo", "-al", dir.resolve("DLTB.shp").toString());

        assertTrue(info.contains("ID[\"EPSG\"," + epsg + "]]"), info);
        assertTrue(info.contains("DLMC (String) = 养殖坑塘"), info);
        assertTrue(info.contains("QSDWMC (String) = 王家村"), info);
        assertTrue(info.contains("TBMJ (Real) = 9600.00"), info);
        assertTrue(info.contains("SJNF (Date) = 2023/12/31"), info);
        assertEquals(LocalDate.of(2023, 12, 31), ShapefileReader.read(dir.resolve("DLTB.shp")).features().get(0)
                .get("SJNF"));
    }

    @Test
    void ogrinfoReadsTheCrsOfOurGeoJson() throws Exception {
        assumeTrue(onPath("ogrinfo"), "ogrinfo not installed");
        GeoJsonWriter.write(dir.resolve("l.geojson"), Fixtures.dltbLayer());
        String info = run("ogrinfo", "-al", "-so", dir.resolve("l.geojson").toString());
        assertTrue(info.contains("ID[\"EPSG\",4523]]"), info);
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    static String run(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
