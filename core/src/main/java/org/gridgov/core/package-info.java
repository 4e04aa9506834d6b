/**
 * The grid hierarchy of Chinese grid governance (网格化管理): division codes (统计用区划代码), grids (网格), grid
 * workers (网格员), grid party organisations (网格党组织), sector liaisons (联络员) and the {@link
 * org.gridgov.core.Atlas} that holds them as one validated, indexed snapshot.
 */
@CheckReturnValue
@NullMarked
package org.gridgov.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
