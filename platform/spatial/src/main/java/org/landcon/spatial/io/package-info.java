/**
 * Reading and writing the spatial data of plan packages, with the encodings and coordinate
 * systems of Chinese survey data handled explicitly:
 * <ul>
 * <li>{@link org.landcon.spatial.io.ShapefileReader} / {@link org.landcon.spatial.io.ShapefileWriter}:
 * ESRI Shapefile (.shp/.shx/.dbf/.prj/.cpg); a DBF with no .cpg is read as GBK, never Latin-1;
 * character fields are sized in bytes of their encoding so that Chinese text is never cut;</li>
 * <li>{@link org.landcon.spatial.io.GeoJsonReader} / {@link org.landcon.spatial.io.GeoJsonWriter}:
 * GeoJSON with or without the legacy {@code crs} member;</li>
 * <li>{@link org.landcon.spatial.io.EsriPrj}: ESRI .prj WKT matched to EPSG codes (CGCS2000, and the
 * legacy Xian 1980 / Beijing 1954 Gauss-Krüger zones) and written so that GDAL recognises it.</li>
 * </ul>
 * A broken file is reported as a {@link org.landcon.spatial.io.LayerFormatException} whose
 * problems name the file, never as a stack trace.
 */
@Version("1.1.0")
package org.landcon.spatial.io;

import org.osgi.annotation.versioning.Version;
