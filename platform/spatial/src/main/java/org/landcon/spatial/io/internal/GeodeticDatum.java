package org.landcon.spatial.io.internal;

/** The geodetic datums of Chinese survey data, with their ESRI names and ellipsoids. */
public enum GeodeticDatum {
    CGCS2000("CGCS2000", "D_China_2000", "CGCS2000", 6378137.0, 298.257222101,
            "GCS_China_Geodetic_Coordinate_System_2000", 4490, false),
    XIAN_1980("西安1980", "D_Xian_1980", "Xian_1980", 6378140.0, 298.257, "GCS_Xian_1980", 4610, true),
    BEIJING_1954("北京1954", "D_Beijing_1954", "Krasovsky_1940", 6378245.0, 298.3, "GCS_Beijing_1954", 4214, true);

    final String nameZh;
    final String esriDatum;
    final String spheroid;
    final double semiMajor;
    final double inverseFlattening;
    final String esriGeogcs;
    final int geographicEpsg;
    final boolean legacy;

    GeodeticDatum(String nameZh, String esriDatum, String spheroid, double semiMajor, double inverseFlattening,
            String esriGeogcs, int geographicEpsg, boolean legacy) {
        this.nameZh = nameZh;
        this.esriDatum = esriDatum;
        this.spheroid = spheroid;
        this.semiMajor = semiMajor;
        this.inverseFlattening = inverseFlattening;
        this.esriGeogcs = esriGeogcs;
        this.geographicEpsg = geographicEpsg;
        this.legacy = legacy;
    }

    /** The ESRI GEOGCS WKT, as PROJ writes it. */
    public String geogcsWkt() {
        return "GEOGCS[\"" + esriGeogcs + "\",DATUM[\"" + esriDatum + "\",SPHEROID[\"" + spheroid + "\","
                + semiMajor + "," + inverseFlattening + "]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]]";
    }

    /** English name (Xian 1980 …). */
    public String nameEn() {
        return switch (this) {
            case CGCS2000 -> "CGCS2000";
            case XIAN_1980 -> "Xian 1980";
            case BEIJING_1954 -> "Beijing 1954";
        };
    }

    /** Chinese name (西安1980 …). */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The datum a WKT DATUM names, checked against its ellipsoid; {@code null} when neither name nor
     * ellipsoid fits. Names vary by producer (D_China_2000, China_2000, CGCS2000, D_Xian_1980 …).
     */
    static GeodeticDatum match(String datumName, double semiMajor, double inverseFlattening) {
        String n = datumName.toUpperCase().replaceAll("[^A-Z0-9]", "");
        for (GeodeticDatum d : values()) {
            if (d.names(n) && Math.abs(d.semiMajor - semiMajor) < 0.01
                    && Math.abs(d.inverseFlattening - inverseFlattening) < 1e-6) {
                return d;
            }
        }
        return null;
    }

    private boolean names(String n) {
        return switch (this) {
            case CGCS2000 -> n.contains("CHINA2000") || n.contains("CGCS2000") || n.contains("CHINAGEODETIC");
            case XIAN_1980 -> n.contains("XIAN1980") || n.contains("XIAN80");
            case BEIJING_1954 -> n.contains("BEIJING1954") || n.contains("BEIJING54");
        };
    }
}
