package org.landcon.spatial.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EsriPrjTest {

    @ParameterizedTest
    @ValueSource(ints = { 4490, 4513, 4523, 4533, 4534, 4544, 4554, 4610, 2349, 2369, 2370, 2390, 4214, 2401, 2421,
        2422, 2442 })
    void everyCodeWeWriteIsMatchedBackByItsParameters(int epsg) {
        assertEquals(epsg, EsriPrj.parse(EsriPrj.write(epsg)).epsg());
    }

    @Test
    void writesTheEsriWktThatProjWritesFor4523() {
        assertEquals("PROJCS[\"CGCS2000_3_Degree_GK_Zone_35\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
                + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\","
                + "35500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",105.0],PARAMETER["
                + "\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]", EsriPrj.write(4523));
    }

    @Test
    void matchesOnParametersNotOnTheName() {
        String misnamed = EsriPrj.write(4524).replace("CGCS2000_3_Degree_GK_Zone_36", "CGCS2000_3_Degree_GK_Zone_35");
        assertEquals(4524, EsriPrj.parse(misnamed).epsg());
        String wrongEasting = EsriPrj.write(4523).replace("35500000.0", "500000.0");
        assertEquals(4544, EsriPrj.parse(wrongEasting).epsg());
        String otherScale = EsriPrj.write(4523).replace("\"Scale_Factor\",1.0", "\"Scale_Factor\",0.9996");
        assertFalse(EsriPrj.parse(otherScale).recognised());
    }

    @Test
    void readsOgcWktWithTransverseMercatorAndAuthority() {
        String gdal = "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 105E\",GEOGCS[\"China Geodetic Coordinate System 2000\","
                + "DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],"
                + "AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],"
                + "AUTHORITY[\"EPSG\",\"4490\"]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
                + "PARAMETER[\"central_meridian\",105],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",500000],"
                + "PARAMETER[\"false_northing\",0],UNIT[\"metre\",1],AXIS[\"Northing\",NORTH],AXIS[\"Easting\",EAST],"
                + "AUTHORITY[\"EPSG\",\"4544\"]]";
        Crs crs = EsriPrj.parse(gdal);
        assertEquals(4544, crs.epsg());
        assertFalse(crs.legacy());
    }

    @Test
    void flagsXianAndBeijingAsLegacy() {
        assertTrue(EsriPrj.parse(EsriPrj.write(2359)).legacy());
        assertTrue(EsriPrj.parse(EsriPrj.write(2432)).legacy());
        assertEquals("Beijing_1954_3_Degree_GK_CM_105E", EsriPrj.parse(EsriPrj.write(2432)).name());
    }

    @Test
    void keepsAnUnknownAuthorityAndNamesUnparseableText() {
        String utm = "PROJCS[\"WGS 84 / UTM zone 48N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,"
                + "298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION["
                + "\"Transverse_Mercator\"],UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"32648\"]]";
        assertEquals(32648, EsriPrj.parse(utm).epsg());
        Crs broken = EsriPrj.parse("PROJCS[\"half");
        assertFalse(broken.recognised());
        assertEquals("PROJCS[\"half", broken.name());
    }

    @Test
    void parsesCrsCodesInTheirUsualSpellings() {
        assertEquals(4523, Crs.parse("EPSG:4523").epsg());
        assertEquals(4523, Crs.parse("urn:ogc:def:crs:EPSG::4523").epsg());
        assertEquals(4523, Crs.parse("http://www.opengis.net/def/crs/EPSG/0/4523").epsg());
        assertEquals(null, Crs.parse("CGCS2000"));
    }
}
