package org.gridgov.core;

/** The kind of a grid party organisation. */
public enum PartyOrganisationKind {
  /** 网格党支部 — a grid party branch. */
  GRID_BRANCH,
  /** 党小组 — a party group. */
  PARTY_GROUP
}
