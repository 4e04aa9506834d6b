package org.gridgov.core;

/**
 * How much an atlas holds.
 *
 * @param divisions divisions, from provinces to villages
 * @param grids grids
 * @param workers grid workers
 * @param assignments posts, past, present and future
 * @param partyOrganisations grid party organisations
 * @param liaisons sector liaisons
 * @param contactPoints leaders' contact points
 * @param retiredCodes retired division and grid codes kept for lineage
 */
public record AtlasSize(
    int divisions,
    int grids,
    int workers,
    int assignments,
    int partyOrganisations,
    int liaisons,
    int contactPoints,
    int retiredCodes) {}
