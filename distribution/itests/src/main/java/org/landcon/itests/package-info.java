/** Whole-runtime tests: JUnit 5 inside a started Felix with the distribution's bundles. */
package org.landcon.itests;
