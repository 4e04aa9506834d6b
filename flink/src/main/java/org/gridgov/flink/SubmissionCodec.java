package org.gridgov.flink;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.Location;
import org.gridgov.core.PathSegment;
import org.gridgov.core.Problem;
import org.gridgov.core.ProblemKind;
import org.gridgov.scoring.vote.Ballot;
import org.gridgov.scoring.vote.MalformedBallot;
import org.gridgov.scoring.vote.Submission;
import org.gridgov.scoring.vote.VoterKey;
import org.jspecify.annotations.Nullable;

/**
 * A submission as it crosses the network between Flink tasks: a ballot field by field (instants to
 * the nanosecond), a malformed line with its problem and location, so that the tally decides the
 * same submission it would have read itself. Stateless.
 */
final class SubmissionCodec implements Codec<Submission> {
  private static final long serialVersionUID = 1L;
  private static final byte BALLOT = 0;
  private static final byte MALFORMED = 1;

  @Override
  public Class<Submission> type() {
    return Submission.class;
  }

  @Override
  public void write(Submission value, DataOutput out) throws IOException {
    if (value.kind() == Submission.Kind.BALLOT) {
      Ballot b = (Ballot) value;
      out.writeByte(BALLOT);
      out.writeUTF(b.id());
      out.writeLong(b.voter().high());
      out.writeLong(b.voter().low());
      out.writeShort(b.choices().size());
      for (String c : b.choices()) {
        out.writeUTF(c);
      }
      Instant at = b.at();
      out.writeLong(at.getEpochSecond());
      out.writeInt(at.getNano());
      out.writeUTF(b.channel());
      writeOptional(out, b.ip());
      writeOptional(out, b.device());
    } else {
      Problem p = ((MalformedBallot) value).problem();
      out.writeByte(MALFORMED);
      out.writeUTF(p.kind().name());
      writeLocation(out, p.location());
      out.writeUTF(p.message());
    }
  }

  @Override
  public Submission read(DataInput in) throws IOException {
    byte tag = in.readByte();
    if (tag == BALLOT) {
      String id = in.readUTF();
      VoterKey voter = VoterKey.of(in.readLong(), in.readLong());
      int n = in.readShort();
      List<String> choices = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        choices.add(in.readUTF());
      }
      Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
      String channel = in.readUTF();
      Optional<String> ip = readOptional(in);
      Optional<String> device = readOptional(in);
      return new Ballot(id, voter, choices, at, channel, ip, device);
    }
    if (tag == MALFORMED) {
      ProblemKind kind = ProblemKind.valueOf(in.readUTF());
      Location location = readLocation(in);
      return new MalformedBallot(new Problem(kind, location, in.readUTF()));
    }
    throw new StreamCorruptedException("not a gridgov submission: tag " + tag);
  }

  private static void writeOptional(DataOutput out, Optional<String> value) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      out.writeUTF(value.get());
    }
  }

  private static Optional<String> readOptional(DataInput in) throws IOException {
    return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
  }

  private static void writeLocation(DataOutput out, Location at) throws IOException {
    out.writeUTF(at.kind().name());
    switch (at.kind()) {
      case JSON_PATH -> {
        Location.JsonPath j = (Location.JsonPath) at;
        writePath(out, j.path());
        out.writeInt(j.line());
        out.writeInt(j.column());
      }
      case TEXT -> {
        Location.Text t = (Location.Text) at;
        out.writeInt(t.line());
        out.writeInt(t.column());
      }
      case CHANGE -> {
        Location.Change c = (Location.Change) at;
        out.writeInt(c.index());
        writePath(out, c.path());
      }
      case ELEMENT -> writePath(out, ((Location.Element) at).path());
      case IN_SOURCE -> {
        Location.InSource s = (Location.InSource) at;
        out.writeUTF(s.source());
        writeLocation(out, s.within());
      }
    }
  }

  private static Location readLocation(DataInput in) throws IOException {
    String kind = in.readUTF();
    Location.Kind k;
    try {
      k = Location.Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new StreamCorruptedException("not a gridgov location: kind " + kind);
    }
    return switch (k) {
      case JSON_PATH -> new Location.JsonPath(readPath(in), in.readInt(), in.readInt());
      case TEXT -> new Location.Text(in.readInt(), in.readInt());
      case CHANGE -> new Location.Change(in.readInt(), readPath(in));
      case ELEMENT -> new Location.Element(readPath(in));
      case IN_SOURCE -> new Location.InSource(in.readUTF(), readLocation(in));
    };
  }

  private static void writePath(DataOutput out, List<PathSegment> path) throws IOException {
    out.writeInt(path.size());
    for (PathSegment s : path) {
      if (s instanceof PathSegment.Field f) {
        out.writeBoolean(true);
        out.writeUTF(f.name());
      } else {
        out.writeBoolean(false);
        out.writeInt(((PathSegment.Index) s).index());
      }
    }
  }

  private static List<PathSegment> readPath(DataInput in) throws IOException {
    int n = in.readInt();
    List<PathSegment> path = new ArrayList<>(Math.min(n, 64));
    for (int i = 0; i < n; i++) {
      path.add(
          in.readBoolean()
              ? new PathSegment.Field(in.readUTF())
              : new PathSegment.Index(in.readInt()));
    }
    return path;
  }

  @Override
  public Submission copy(Submission value) {
    return value;
  }

  @Override
  public boolean immutable() {
    return true;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SubmissionCodec;
  }

  @Override
  public int hashCode() {
    return SubmissionCodec.class.hashCode();
  }

  @Override
  public String toString() {
    return "Submission codec";
  }
}
