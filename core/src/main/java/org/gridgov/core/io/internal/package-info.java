/**
 * Reading support shared by the {@code …io} packages of gridgov's modules: capped problem lists,
 * strict UTF-8 input with exact lines and columns, bounded JSON trees with typed limit failures, a
 * JSON cursor that locates every problem by JSON path, and JSON lines. Exported only to gridgov's
 * own modules; not API.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.core.io.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
