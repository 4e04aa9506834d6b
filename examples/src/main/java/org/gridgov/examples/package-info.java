/** Runnable example programs, written against the public API only; the README quotes them. */
@NullMarked
package org.gridgov.examples;

import org.jspecify.annotations.NullMarked;
