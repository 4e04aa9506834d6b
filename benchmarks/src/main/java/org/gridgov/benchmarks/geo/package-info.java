/** Benchmarks of point-to-grid lookup against a brute-force scan of every polygon. */
package org.gridgov.benchmarks.geo;
