package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.gridgov.scoring.rating.BonusMode;
import org.gridgov.scoring.rating.Points;
import org.gridgov.scoring.rating.QuotaCut;
import org.gridgov.scoring.rating.Rating;
import org.gridgov.scoring.rating.Reason;
import org.gridgov.scoring.rating.Rectification;
import org.gridgov.scoring.rating.RoundEntry;
import org.gridgov.scoring.rating.RoundResult;
import org.gridgov.scoring.rating.SectionScore;
import org.gridgov.scoring.rating.Shortfall;
import org.gridgov.scoring.rating.StarLimit;
import org.gridgov.scoring.rating.Summary;
import org.gridgov.scoring.rating.TraceStep;

/** Plain-text forms of ratings and rounds for the command line and the demo. */
final class RatingText {
  private RatingText() {}

  static String stars(int stars) {
    return stars == 0 ? "no star" : stars + "★";
  }

  /** The distribution by stars and by tier, with rectification items, and the round's cuts. */
  static void summary(PrintWriter out, RoundResult round) {
    Summary s = round.summary();
    TextTable byStars =
        new TextTable("stars", "organisations", "share", "rectification items").right(1, 2, 3);
    for (Summary.StarCount c : s.byStars()) {
      byStars.row(
          stars(c.stars()),
          c.organisations(),
          percent(c.organisations(), s.organisations()),
          c.rectifications());
    }
    byStars.print(out);
    out.println();
    TextTable byTier =
        new TextTable("tier", "organisations", "share", "rectification items").right(1, 2, 3);
    for (Summary.TierCount c : s.byTier()) {
      byTier.row(
          tierName(c.tier()),
          c.organisations(),
          percent(c.organisations(), s.organisations()),
          c.rectifications());
    }
    byTier.print(out);
    out.println();
    out.println(
        s.organisations()
            + " organisations, "
            + s.rated()
            + " rated; "
            + s.rectifications()
            + " rectification items; "
            + s.weak()
            + " weak and lax (软弱涣散); "
            + movedDown(round)
            + " moved down by quotas"
            + (s.quotaCuts() == movedDown(round)
                ? ""
                : " (" + s.quotaCuts() + " cuts of one rung each)")
            + "; "
            + s.risesLimited()
            + " held to one level up.");
  }

  /**
   * The organisations the quotas moved down. {@link Summary#quotaCuts()} counts cuts, and a cut
   * moves one rung: an organisation moved down from five stars to two was cut three times.
   */
  private static long movedDown(RoundResult round) {
    return round.quotaCuts().stream().map(QuotaCut::organisationId).distinct().count();
  }

  static String tierName(org.gridgov.scoring.rating.Tier tier) {
    return switch (tier) {
      case ADVANCED -> "先进 advanced";
      case AVERAGE -> "一般 average";
      case LAGGING -> "后进 lagging";
      case UNRATED -> "未定级 new, unrated";
    };
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }

  /** One line per organisation. */
  static void entries(PrintWriter out, RoundResult round) {
    TextTable t =
        new TextTable("organisation", "total", "by rules", "stars", "movement", "tier", "items")
            .right(1, 6);
    for (RoundEntry e : round.entries()) {
      t.row(
          e.organisationId(),
          e.total(),
          stars(e.starsByRules()),
          stars(e.stars())
              + (e.quotaCut().isPresent() ? " (quota)" : e.riseLimited() ? " (held)" : ""),
          e.movement().name().toLowerCase(Locale.ROOT)
              + e.previousStars().stream()
                  .mapToObj(p -> " from " + stars(p))
                  .findFirst()
                  .orElse(""),
          e.tier().name().toLowerCase(Locale.ROOT),
          e.rectifications());
    }
    t.print(out);
  }

  /** The full explanation of one rating, and the round's decisions if given. */
  static void explain(PrintWriter out, Rating r, RoundEntry entry) {
    out.println(r.organisationId() + " " + r.name() + " (rubric " + r.rubricId() + ")");
    out.println(
        "  total "
            + r.total()
            + ": "
            + stars(r.starsByScore())
            + " by score, "
            + stars(r.stars())
            + " after gates and vetoes"
            + (entry.stars() != r.stars()
                ? ", " + stars(entry.stars()) + " held this round" + roundNote(entry)
                : ""));
    out.println("  sections:");
    for (SectionScore s : r.sections()) {
      out.println(
          String.format(Locale.ROOT, "    %s %s / %s", pad(s.name(), 14), s.score(), s.maximum()));
    }
    if (r.bonus().claimed().isPositive()) {
      out.println(
          "  bonus: claimed "
              + r.bonus().claimed()
              + ", applied "
              + r.bonus().applied()
              + (r.bonus().mode() == BonusMode.OFFSET_ONLY
                  ? " (offsets deductions only)"
                  : " (on top)")
              + (r.bonus().cut().isPositive() ? ", caps cut " + r.bonus().cut() : ""));
    }
    out.println("  trace (adds up to the total):");
    for (TraceStep step : r.trace()) {
      String points =
          step.kind() == TraceStep.Kind.MAXIMUM ? step.points().toString() : signed(step.points());
      out.println(
          String.format(
              Locale.ROOT,
              "    %7s  %-18s %s%s",
              step.stars().isPresent() ? "" : points,
              step.rule(),
              step.note(),
              step.stars().isPresent()
                  ? " -> " + stars(step.stars().getAsInt())
                  : " = " + step.running()));
    }
    for (Shortfall s : r.shortfalls()) {
      out.println("  why not " + stars(s.stars()) + "?");
      out.println(
          "    points needed: "
              + s.pointsNeeded()
              + (s.reachable()
                  ? "; reachable by mending items"
                  : "; not reachable by points alone"));
      for (StarLimit l : s.blockers()) {
        out.println("    in the way: " + limit(l));
      }
      if (!s.fixes().isEmpty()) {
        out.println("    mend: " + fixes(s.fixes()));
      }
    }
    if (!r.reasons().isEmpty()) {
      out.println("  points lost, most first:");
      for (Reason reason : r.reasons()) {
        out.println(
            String.format(
                Locale.ROOT,
                "    %6s  %-10s %s: %s",
                signed(Points.ZERO.minus(reason.lost())),
                reason.item(),
                reason.name(),
                reason.clauseText()));
      }
    }
    List<Rectification> items = r.rectifications();
    out.println("  rectification items: " + items.size());
    for (Rectification x : items) {
      out.println("    " + x.id() + "  " + x.description() + " [" + x.evidence() + "]");
    }
    out.println(
        "  tier: "
            + tierName(entry.tier())
            + (entry.weakTriggers().isEmpty()
                ? ""
                : " (软弱涣散: " + String.join(", ", entry.weakTriggers()) + ")")
            + "; reward: "
            + entry
                .reward()
                .map(w -> w.note().isEmpty() ? w.subsidyYuan() + " yuan" : w.note())
                .orElse("none"));
  }

  private static String roundNote(RoundEntry e) {
    if (e.quotaCut().isPresent()) {
      QuotaCut.TieBreak by = e.quotaCut().get().decidedBy();
      return by == QuotaCut.TieBreak.NO_PLACE
          ? " (quota: no place at that star count)"
          : " (quota: ranked below the last place kept, by "
              + by.name().toLowerCase(Locale.ROOT)
              + ")";
    }
    if (e.riseLimited()) {
      return " (one level up a round"
          + e.previousStars().stream().mapToObj(p -> ", from " + stars(p)).findFirst().orElse("")
          + ")";
    }
    return e.tier() == org.gridgov.scoring.rating.Tier.UNRATED
        ? " (new organisation, not rated)"
        : "";
  }

  static String limit(StarLimit l) {
    if (l instanceof StarLimit.GateNotMet g) {
      return "gate "
          + g.rule()
          + " ("
          + g.gate().name()
          + ", for "
          + stars(g.gate().stars())
          + "): "
          + g.detail();
    }
    StarLimit.VetoFound v = (StarLimit.VetoFound) l;
    return "veto "
        + v.rule()
        + " ("
        + v.veto().name()
        + ", "
        + v.veto().effect()
        + "): "
        + v.evidence();
  }

  private static String fixes(List<Reason> fixes) {
    StringBuilder sb = new StringBuilder();
    for (Reason f : fixes) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(f.item()).append(' ').append(f.name()).append(" (+").append(f.lost()).append(')');
    }
    return sb.toString();
  }

  private static String signed(Points p) {
    return p.isNegative() ? p.toString() : "+" + p;
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - TextTable.width(s)));
  }
}
