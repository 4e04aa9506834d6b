package org.gridgov.scoring.vote;

/** Which rule or detector of {@link Screening} made a {@link Finding}. */
public enum Detector {
  /** The round's per-IP limit ({@link VoteRules#perIp()}). */
  IP_LIMIT(FlagKind.LIMIT),
  /** The round's per-device limit ({@link VoteRules#perDevice()}). */
  DEVICE_LIMIT(FlagKind.LIMIT),
  /** A burst from one IP address ({@link Detectors#ipBurst()}). */
  IP_BURST(FlagKind.SUSPECT),
  /** A burst from one device ({@link Detectors#deviceBurst()}). */
  DEVICE_BURST(FlagKind.SUSPECT),
  /** Many voter keys on one device in one day ({@link Detectors#votersPerDevice()}). */
  SHARED_DEVICE(FlagKind.SUSPECT),
  /** A candidate far above its own baseline ({@link Detectors#candidateSurge()}). */
  CANDIDATE_SURGE(FlagKind.SUSPECT);

  private final FlagKind flag;

  Detector(FlagKind flag) {
    this.flag = flag;
  }

  /**
   * The kind of flag its findings give.
   *
   * @return {@link FlagKind#LIMIT} for the round's limits, {@link FlagKind#SUSPECT} otherwise
   */
  public FlagKind flag() {
    return flag;
  }
}
