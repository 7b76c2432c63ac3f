package org.landcon.spatial.geodesy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.spatial.testing.Gdal;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class EllipsoidalAreaTest {
    /** 1 km × 1 km, 100 km east of the central meridian of zone 35 (105° E), about 37.9° N. */
    private static final String SQUARE = "POLYGON ((35600000 4200000, 35601000 4200000, 35601000 4201000, "
            + "35600000 4201000, 35600000 4200000))";

    @Test
    void squareOneHundredKilometresOffTheCentralMeridianIsSmallerThanItsPlanarArea() throws Exception {
        Geometry square = wkt(SQUARE);
        double ellipsoidal = EllipsoidalArea.of(square, 4523);
        double shortfall = square.getArea() - ellipsoidal;
        // GK scale k ≈ 1 + y²/2R² with y = 100 km: planar ≈ ellipsoidal × k², ≈ 250 m² more
        assertTrue(shortfall > 240 && shortfall < 260, "planar − ellipsoidal = " + shortfall);
    }

    @Test
    void densifiedAreaEqualsANumericalIntegrationOfTheAreaElement() throws Exception {
        Geometry square = wkt(SQUARE);
        double integrated = integrate(35_600_000, 4_200_000, 1000, 200);
        assertEquals(integrated, EllipsoidalArea.of(square, 4523, 1.0), 0.01);
        // edges straight in (L, B) rather than in the plane (the official figure): same to 0.01 m² here
        assertEquals(integrated, EllipsoidalArea.of(square, 4523), 0.01);
    }

    @Test
    void agreesWithSpatiaLiteGeodesicAreaAfterProjTransform(@TempDir Path dir) throws Exception {
        assumeTrue(Gdal.has("ogrinfo"), "ogrinfo not installed");
        Path file = dir.resolve("square.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::4523\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[35600000,4200000],[35601000,4200000],"
                + "[35601000,4201000],[35600000,4201000],[35600000,4200000]]]}}]}");
        double gdal = Double.parseDouble(Gdal.sql(file,
                "SELECT ST_Area(ST_Transform(ST_Segmentize(geometry, 1), 4490), 1) FROM square").get(0).get(0));
        assertEquals(gdal, EllipsoidalArea.of(wkt(SQUARE), 4523, 1.0), 0.01);
    }

    @Test
    void holesAreSubtractedAndOrientationDoesNotMatter() throws Exception {
        Geometry outer = wkt("POLYGON ((35540000 4250000, 35540000 4250400, 35540400 4250400, 35540400 4250000, "
                + "35540000 4250000))");
        Geometry hole = wkt("POLYGON ((35540100 4250100, 35540200 4250100, 35540200 4250200, 35540100 4250200, "
                + "35540100 4250100))");
        Geometry withHole = outer.difference(hole);
        assertEquals(EllipsoidalArea.of(outer, 4523) - EllipsoidalArea.of(hole, 4523),
                EllipsoidalArea.of(withHole, 4523), 1e-6);
        assertEquals(EllipsoidalArea.of(outer, 4523), EllipsoidalArea.of(outer.reverse(), 4523), 1e-6);
    }

    @Test
    void sameAreaFromTheZonePrefixFromEpsg4544AndFromGeographicCoordinates() throws Exception {
        Geometry square = wkt(SQUARE);
        double area = EllipsoidalArea.of(square, 4523);
        assertEquals(area, EllipsoidalArea.of(square, 0), 1e-9);
        Geometry unprefixed = square.copy();
        unprefixed.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.x -= 35_000_000);
        assertEquals(area, EllipsoidalArea.of(unprefixed, 4544), 1e-6);
        GaussKruger gk = GaussKruger.of(GkZone.ofSrid(4523));
        Geometry geographic = square.copy();
        geographic.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.setCoordinate(gk.inverse(c.x, c.y)));
        assertEquals(area, EllipsoidalArea.of(geographic, 4490), 1e-6);
    }

    /**
     * ∫∫ M·N·cos B |∂(L,B)/∂(x,y)| dx dy over a square of side {@code side} by the midpoint rule on
     * {@code n × n} cells, the Jacobian by central differences of the inverse projection.
     */
    private static double integrate(double x0, double y0, double side, int n) {
        GaussKruger gk = GaussKruger.of(GkZone.ofSrid(4523));
        double cell = side / n;
        double h = 5;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = x0 + (i + 0.5) * cell;
                double y = y0 + (j + 0.5) * cell;
                Coordinate xp = gk.inverse(x + h, y), xm = gk.inverse(x - h, y);
                Coordinate yp = gk.inverse(x, y + h), ym = gk.inverse(x, y - h);
                double dLdx = Math.toRadians(xp.x - xm.x) / (2 * h), dBdx = Math.toRadians(xp.y - xm.y) / (2 * h);
                double dLdy = Math.toRadians(yp.x - ym.x) / (2 * h), dBdy = Math.toRadians(yp.y - ym.y) / (2 * h);
                double lat = Math.toRadians(gk.inverse(x, y).y);
                double w = 1 - Cgcs2000.E2 * Math.sin(lat) * Math.sin(lat);
                double m = Cgcs2000.A * (1 - Cgcs2000.E2) / Math.pow(w, 1.5);
                double nRadius = Cgcs2000.A / Math.sqrt(w);
                sum += m * nRadius * Math.cos(lat) * Math.abs(dLdx * dBdy - dLdy * dBdx) * cell * cell;
            }
        }
        return sum;
    }

    private static Geometry wkt(String text) throws Exception {
        return new WKTReader().read(text);
    }
}
