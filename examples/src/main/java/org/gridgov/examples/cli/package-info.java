/** The {@code gridgov} command-line tool. */
@NullMarked
package org.gridgov.examples.cli;

import org.jspecify.annotations.NullMarked;
