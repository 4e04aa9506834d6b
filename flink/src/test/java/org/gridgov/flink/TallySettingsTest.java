package org.gridgov.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.gridgov.scoring.vote.Detector;
import org.gridgov.scoring.vote.Finding;
import org.gridgov.scoring.vote.Quarantine;
import org.gridgov.scoring.vote.Sanctions;
import org.junit.jupiter.api.Test;

/** The settings travel by Java serialisation: whatever quarantine the library takes comes back. */
class TallySettingsTest {
  static TallySettings viaJavaSerialisation(TallySettings s) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(s);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (TallySettings) in.readObject();
    }
  }

  @Test
  void aQuarantineWithEvidenceBeyondSixtyFourKilobytesTravels() throws Exception {
    Ballots b = new Ballots(3L, 20);
    // a finding's evidence and subject are free text of any length: a notary's report, say
    String evidence = "同一IP地址在十分钟内投票超过限额。".repeat(4_000);
    Quarantine q =
        Quarantine.builder()
            .addFinding(
                new Finding(
                    0,
                    Detector.IP_BURST,
                    "ip " + "x".repeat(70_000),
                    Ballots.START,
                    Ballots.START,
                    1,
                    1,
                    Optional.of("c00"),
                    1,
                    evidence))
            .flag("b1", 0)
            .build();

    TallySettings s = TallySettings.of(b.round, q, Sanctions.none());
    TallySettings back = viaJavaSerialisation(s);

    assertThat(back).isEqualTo(s);
    assertThat(back.quarantine()).isEqualTo(q);
    assertThat(back.quarantine().findings().get(0).evidence()).isEqualTo(evidence);
  }

  @Test
  void anOrdinaryQuarantineTravels() throws Exception {
    Ballots b = new Ballots(4L, 200);
    TallySettings s = b.settings();
    TallySettings back = viaJavaSerialisation(s);
    assertThat(back).isEqualTo(s);
    assertThat(back.quarantine()).isEqualTo(b.quarantine);
    assertThat(back.sanctions()).isEqualTo(b.sanctions);
    assertThat(back.round()).isEqualTo(b.round);
  }
}
