/**
 * Geodesy on CGCS2000 (国家大地坐标系2000) without external libraries:
 * <ul>
 * <li>{@link org.landcon.spatial.geodesy.Cgcs2000}: the ellipsoid (a = 6 378 137 m,
 * f = 1/298.257222101);</li>
 * <li>{@link org.landcon.spatial.geodesy.GaussKruger}: the 3-degree Gauss-Krüger zones
 * EPSG:4513–4554, forward and inverse by the Krüger series to sixth order in n (far below a
 * millimetre within a zone);</li>
 * <li>{@link org.landcon.spatial.geodesy.EllipsoidalArea}: 图斑椭球面积, the official area of a
 * survey polygon, computed as the 国土调查 rules compute it (TD/T 1055).</li>
 * </ul>
 */
@Version("1.0.0")
package org.landcon.spatial.geodesy;

import org.osgi.annotation.versioning.Version;
