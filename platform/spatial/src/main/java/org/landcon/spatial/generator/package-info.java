/**
 * Synthetic, deterministic plan packages of a Ningxia township for tests, demonstrations and
 * benchmarks: {@link org.landcon.spatial.generator.TownshipGenerator} builds the survey (an exact
 * coverage of 地类图斑 with the full 三调 schema and ellipsoidal TBMJ), the control layers and the
 * change parcels of all five content types, and writes them in the plan-package format;
 * {@link org.landcon.spatial.generator.GenerateMain} does so from the command line.
 */
@Version("1.0.0")
package org.landcon.spatial.generator;

import org.osgi.annotation.versioning.Version;
