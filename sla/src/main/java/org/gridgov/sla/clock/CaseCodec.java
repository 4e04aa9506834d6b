package org.gridgov.sla.clock;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.sla.calendar.WorkingDayRule;

/**
 * The compact binary form of a case log, version 1: JDK {@link DataOutput} primitives only, so that
 * a stream processor can keep it in keyed state with its own serializer.
 *
 * <pre>
 * byte 1 (version) · UTF case id · int count · count × event
 * event: UTF id · byte kind · long epoch second · int nano · byte parts (1 facts, 2 milestone,
 *        4 amount, 8 note) · [facts] · [UTF milestone] · [amount] · [UTF note]
 * facts: byte present (1 category, 2 priority, 4 grid, 8 sector) · UTF · byte · UTF · UTF
 * amount: byte 0 · long seconds · int nanos | byte 1 · int days · byte rule
 * </pre>
 */
final class CaseCodec {
  static final int VERSION = 1;

  // The codes of version 1: positions in these tables, frozen whatever the enums become.
  private static final EventKind[] KINDS = {
    EventKind.REPORTED,
    EventKind.REGISTERED,
    EventKind.DISPATCHED,
    EventKind.SIGNED_FOR,
    EventKind.RETURNED,
    EventKind.REDISPATCHED,
    EventKind.VERIFIED,
    EventKind.STAGE_COMPLETED,
    EventKind.RESOLVED,
    EventKind.FEEDBACK_GIVEN,
    EventKind.ACCEPTANCE_FAILED,
    EventKind.ACCEPTED,
    EventKind.SUSPENDED,
    EventKind.RESUMED,
    EventKind.EXTENSION_GRANTED,
    EventKind.DEFERRED,
    EventKind.ESCALATED,
    EventKind.REMINDED,
    EventKind.CANCELLED
  };
  private static final Priority[] PRIORITIES = {Priority.NORMAL, Priority.HIGH, Priority.URGENT};
  private static final WorkingDayRule[] RULES = {
    WorkingDayRule.END_OF_DAY, WorkingDayRule.SAME_TIME
  };

  private CaseCodec() {}

  record Decoded(String caseId, List<CaseEvent> events) {}

  @SuppressWarnings("JavaInstantGetSecondsGetNano") // the two parts of an instant, both written
  static void write(DataOutput out, String caseId, CaseEvent[] events) throws IOException {
    out.writeByte(VERSION);
    out.writeUTF(caseId);
    out.writeInt(events.length);
    for (CaseEvent e : events) {
      out.writeUTF(e.id());
      out.writeByte(code(KINDS, e.kind()));
      out.writeLong(e.at().getEpochSecond());
      out.writeInt(e.at().getNano());
      int parts =
          (e.facts().isEmpty() ? 0 : 1)
              | (e.milestone().isPresent() ? 2 : 0)
              | (e.amount().isPresent() ? 4 : 0)
              | (e.note().isEmpty() ? 0 : 8);
      out.writeByte(parts);
      if ((parts & 1) != 0) {
        CaseFacts f = e.facts();
        int present =
            (f.category().isPresent() ? 1 : 0)
                | (f.priority().isPresent() ? 2 : 0)
                | (f.grid().isPresent() ? 4 : 0)
                | (f.sector().isPresent() ? 8 : 0);
        out.writeByte(present);
        if (f.category().isPresent()) {
          out.writeUTF(f.category().get());
        }
        if (f.priority().isPresent()) {
          out.writeByte(code(PRIORITIES, f.priority().get()));
        }
        if (f.grid().isPresent()) {
          out.writeUTF(f.grid().get().toString());
        }
        if (f.sector().isPresent()) {
          out.writeUTF(f.sector().get());
        }
      }
      if (e.milestone().isPresent()) {
        out.writeUTF(e.milestone().get());
      }
      if (e.amount().isPresent()) {
        Budget b = e.amount().get();
        if (b.kind() == Budget.Kind.TIME) {
          Duration d = ((Budget.Time) b).duration();
          out.writeByte(0);
          out.writeLong(d.getSeconds());
          out.writeInt(d.getNano());
        } else {
          Budget.Days d = (Budget.Days) b;
          out.writeByte(1);
          out.writeInt(d.days());
          out.writeByte(code(RULES, d.rule()));
        }
      }
      if (!e.note().isEmpty()) {
        out.writeUTF(e.note());
      }
    }
  }

  static Decoded read(DataInput in) throws IOException {
    int version = in.readUnsignedByte();
    if (version != VERSION) {
      throw new StreamCorruptedException(
          "a case log of version " + version + ", this library reads version " + VERSION);
    }
    String caseId = in.readUTF();
    int count = in.readInt();
    if (count < 0 || count > CaseLog.MAX_EVENTS) {
      throw new StreamCorruptedException(
          "a case log of " + count + " events, expected 0 to " + CaseLog.MAX_EVENTS);
    }
    List<CaseEvent> events = new ArrayList<>(count);
    try {
      for (int i = 0; i < count; i++) {
        String id = in.readUTF();
        EventKind kind = pick(KINDS, in.readUnsignedByte(), "event kind");
        Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
        int parts = in.readUnsignedByte();
        CaseFacts facts = CaseFacts.none();
        if ((parts & 1) != 0) {
          int present = in.readUnsignedByte();
          Optional<String> category =
              (present & 1) != 0 ? Optional.of(in.readUTF()) : Optional.empty();
          Optional<Priority> priority =
              (present & 2) != 0
                  ? Optional.of(pick(PRIORITIES, in.readUnsignedByte(), "priority"))
                  : Optional.empty();
          Optional<GridCode> grid =
              (present & 4) != 0 ? Optional.of(GridCode.parse(in.readUTF())) : Optional.empty();
          Optional<String> sector =
              (present & 8) != 0 ? Optional.of(in.readUTF()) : Optional.empty();
          facts = new CaseFacts(category, priority, grid, sector);
        }
        Optional<String> milestone =
            (parts & 2) != 0 ? Optional.of(in.readUTF()) : Optional.empty();
        Optional<Budget> amount = Optional.empty();
        if ((parts & 4) != 0) {
          int type = in.readUnsignedByte();
          if (type == 0) {
            amount = Optional.of(Budget.time(Duration.ofSeconds(in.readLong(), in.readInt())));
          } else if (type == 1) {
            int days = in.readInt();
            amount = Optional.of(Budget.days(days, pick(RULES, in.readUnsignedByte(), "day rule")));
          } else {
            throw new StreamCorruptedException("an amount of type " + type + ", expected 0 or 1");
          }
        }
        String note = (parts & 8) != 0 ? in.readUTF() : "";
        events.add(new CaseEvent(id, caseId, kind, at, facts, milestone, amount, note));
      }
    } catch (RuntimeException e) {
      StreamCorruptedException x =
          new StreamCorruptedException("a case log with an invalid event: " + e.getMessage());
      x.initCause(e);
      throw x;
    }
    return new Decoded(caseId, events);
  }

  private static <E> int code(E[] table, E value) {
    for (int i = 0; i < table.length; i++) {
      if (table[i] == value) {
        return i;
      }
    }
    throw new AssertionError(value + " has no code in version " + VERSION);
  }

  private static <E> E pick(E[] values, int ordinal, String what) throws StreamCorruptedException {
    if (ordinal >= values.length) {
      throw new StreamCorruptedException(what + " " + ordinal + " is unknown");
    }
    return values[ordinal];
  }
}
