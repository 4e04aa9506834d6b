package org.gridgov.sla.clock;

/**
 * 紧急程度 — how urgent a case is. A policy table chooses a policy by category and priority; its urgent
 * rows are consulted first for {@link #URGENT} cases (urgent cases tracked apart, as 数字城管 does).
 */
public enum Priority {
  /** 一般 — an ordinary case; the priority of a case that names none. */
  NORMAL,
  /** 较急 — more pressing than ordinary. */
  HIGH,
  /** 紧急 — urgent: life, property or public safety at risk. */
  URGENT
}
