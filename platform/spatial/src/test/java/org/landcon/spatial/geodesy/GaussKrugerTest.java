package org.landcon.spatial.geodesy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.landcon.spatial.testing.Gdal;
import org.locationtech.jts.geom.Coordinate;

class GaussKrugerTest {
    private final GaussKruger zone35 = GaussKruger.of(GkZone.ofSrid(4523));

    @Test
    void zonesFromEpsgCodesAndPrefixes() {
        assertEquals(new GkZone(35, 105, 35_500_000), GkZone.ofSrid(4523));
        assertEquals(new GkZone(35, 105, 500_000), GkZone.ofSrid(4544));
        assertEquals(new GkZone(36, 108, 36_500_000), GkZone.ofSrid(4524));
        assertEquals(new GkZone(25, 75, 25_500_000), GkZone.ofSrid(4513));
        assertEquals(new GkZone(45, 135, 500_000), GkZone.ofSrid(4554));
        assertEquals(new GkZone(36, 108, 36_500_000), GkZone.of(0, 36_412_345.6));
        assertEquals(4523, GkZone.prefixed(35).prefixedSrid());
    }

    @Test
    void centralMeridianMapsToFalseEastingAndEquatorToZero() {
        Coordinate c = zone35.forward(105, 0);
        assertEquals(35_500_000, c.x, 1e-9);
        assertEquals(0, c.y, 1e-9);
    }

    @Test
    void inverseUndoesForwardToAMicrometreAcrossNingxia() {
        for (double lat = 35.0; lat <= 39.5; lat += 0.25) {
            for (double lon = 103.5; lon <= 106.5; lon += 0.25) {
                Coordinate xy = zone35.forward(lon, lat);
                Coordinate back = zone35.inverse(xy.x, xy.y);
                Coordinate again = zone35.forward(back.x, back.y);
                assertEquals(xy.x, again.x, 1e-6);
                assertEquals(xy.y, again.y, 1e-6);
                assertEquals(lon, back.x, 1e-11);
                assertEquals(lat, back.y, 1e-11);
            }
        }
    }

    @Test
    void agreesWithProjToAMillimetre() throws Exception {
        assumeTrue(Gdal.has("gdaltransform"), "gdaltransform not installed");
        StringBuilder in = new StringBuilder();
        double[][] points = {{35_600_000, 4_200_000}, {35_540_000, 4_250_000}, {35_372_100.5, 4_031_000},
            {35_650_000, 4_390_000}, {35_500_000, 4_300_000}};
        for (double[] p : points) {
            in.append(p[0]).append(' ').append(p[1]).append('\n');
        }
        String out = Gdal.run(in.toString(), "gdaltransform", "-s_srs", "EPSG:4523", "-t_srs", "EPSG:4490",
                "-output_xy");
        String[] lines = out.trim().split("\n");
        for (int i = 0; i < points.length; i++) {
            String[] lonLat = lines[i].trim().split("\\s+");
            double lon = Double.parseDouble(lonLat[0]);
            double lat = Double.parseDouble(lonLat[1]);
            Coordinate xy = zone35.forward(lon, lat);
            assertEquals(points[i][0], xy.x, 1e-3, "x of point " + i);
            assertEquals(points[i][1], xy.y, 1e-3, "y of point " + i);
        }
    }
}
