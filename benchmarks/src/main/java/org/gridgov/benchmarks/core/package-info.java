/** Benchmarks of the core atlas against a naive parent-pointer tree. */
package org.gridgov.benchmarks.core;
