package org.gridgov.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.AtlasDraft.Item;

/**
 * The rules of the changes that touch no structure — a grid's values, posts, liaisons and contact
 * points — each checking, against the draft, everything it could make invalid: these changes are
 * not validated again when a batch of only such changes {@linkplain AtlasDerivation derives} its
 * result.
 */
final class ValueChanges extends ChangeRules {
  ValueChanges(AtlasDraft draft, List<Problem> problems) {
    super(draft, problems);
  }

  void updateGrid(Grid grid) {
    Grid old = knownGrid(grid.code(), at("grid").field("code"));
    if (old == null) {
      return;
    }
    if (!old.unit().equals(grid.unit())) {
      refuse(
          ProblemKind.NOT_APPLICABLE,
          at("grid").field("unit"),
          "grid " + grid.code() + " belongs to " + old.unit() + "; use a move to change its unit");
      return;
    }
    draft.putGrid(grid, "grid");
  }

  void addAssignment(Assignment a) {
    Location at = at("assignment");
    if (!draft.hasWorker(a.workerId())) {
      refuse(
          ProblemKind.UNKNOWN_WORKER,
          at.field("worker"),
          "assignment names worker \"" + a.workerId() + "\", who is not in the atlas");
    }
    knownGrid(a.grid(), at.field("grid"));
    checkDate(a.start(), at.field("start"));
    a.end().ifPresent(end -> checkDate(end, at.field("end")));
    if (!problems.isEmpty()) {
      return;
    }
    List<Item<Assignment>> posts = draft.posts(a.grid());
    checkLeader(posts, a, at);
    if (problems.isEmpty()) {
      posts.add(draft.written(a, "assignment"));
    }
  }

  /** Refuses a grid leader post that would overlap a leader post of the same grid. */
  private void checkLeader(List<Item<Assignment>> posts, Assignment a, Location at) {
    if (a.role() != WorkerRole.GRID_LEADER) {
      return;
    }
    for (Item<Assignment> it : posts) {
      Assignment o = it.value();
      if (o.role() == WorkerRole.GRID_LEADER && o.overlaps(a)) {
        refuse(ProblemKind.OVERLAPPING_GRID_LEADERS, at, AtlasValidation.twoLeaders(a, o));
        return;
      }
    }
  }

  void reassign(String workerId, GridCode from, GridCode to, LocalDate effective) {
    if (!draft.hasWorker(workerId)) {
      refuse(
          ProblemKind.UNKNOWN_WORKER,
          at("workerId"),
          "worker \"" + workerId + "\" is not in the atlas");
    }
    knownGrid(from, at("from"));
    knownGrid(to, at("to"));
    checkDate(effective, at("effective"));
    if (!problems.isEmpty()) {
      return;
    }
    List<Item<Assignment>> source = draft.posts(from);
    List<Item<Assignment>> kept = new ArrayList<>(source.size());
    List<Assignment> arriving = new ArrayList<>();
    for (Item<Assignment> it : source) {
      Assignment a = it.value();
      Optional<LocalDate> end = a.end();
      if (!a.workerId().equals(workerId) || end.filter(e -> e.isBefore(effective)).isPresent()) {
        kept.add(it);
      } else if (!a.start().isBefore(effective)) {
        arriving.add(a.withGrid(to));
      } else {
        kept.add(draft.written(a.withDates(a.start(), Optional.of(effective.minusDays(1))), ""));
        arriving.add(new Assignment(workerId, to, a.role(), effective, end));
      }
    }
    if (arriving.isEmpty()) {
      refuse(
          ProblemKind.NOT_APPLICABLE,
          at(),
          "worker \""
              + workerId
              + "\" holds no post in grid "
              + from
              + " on or after "
              + effective);
      return;
    }
    List<Item<Assignment>> target = draft.posts(to);
    for (Assignment a : arriving) {
      checkLeader(target, a, at());
    }
    if (problems.isEmpty()) {
      source.clear();
      source.addAll(kept);
      for (Assignment a : arriving) {
        target.add(draft.written(a, ""));
      }
    }
  }

  // ---- liaisons and contact points -------------------------------------------------------------

  /** A sector's position in the catalogue, or -1 after refusing the change. */
  private int sector(Sector sector, Location at) {
    int s = draft.base.sectorOf(sector);
    if (s < 0) {
      refuse(
          ProblemKind.UNKNOWN_SECTOR,
          at,
          "sector \"" + sector.code() + "\" is not in the atlas's sector catalogue");
    }
    return s;
  }

  void addLiaison(Liaison liaison) {
    Location at = at("liaison");
    checkUnit(liaison.unit(), at.field("unit"), "liaison \"" + liaison.name() + "\" is posted at");
    int s = sector(liaison.sector(), at.field("sector"));
    if (!problems.isEmpty()) {
      return;
    }
    Liaison existing = draft.liaison(liaison.unit(), s);
    if (existing != null) {
      refuse(
          ProblemKind.DUPLICATE_LIAISON,
          at,
          "unit "
              + liaison.unit()
              + " already has a "
              + liaison.sector().code()
              + " liaison, \""
              + existing.name()
              + "\"");
      return;
    }
    Sector canonical = draft.base.sectors[s];
    draft.putLiaison(
        liaison.sector().equals(canonical)
            ? liaison
            : new Liaison(liaison.name(), liaison.unit(), canonical),
        s,
        "liaison");
  }

  void removeLiaison(DivisionCode unit, Sector sector) {
    checkUnit(unit, at("unit"), "unit");
    int s = sector(sector, at("sector"));
    if (!problems.isEmpty()) {
      return;
    }
    if (draft.liaison(unit, s) == null) {
      refuse(
          ProblemKind.NOT_APPLICABLE,
          at(),
          "unit " + unit + " has no " + sector.code() + " liaison to remove");
      return;
    }
    draft.removeLiaison(unit, s);
  }

  void addContactPoint(ContactPoint contact) {
    Location at = at("contactPoint");
    checkUnit(
        contact.unit(),
        at.field("unit"),
        "contact point of \"" + contact.leaderName() + "\" names unit");
    if (contact.grid().isPresent()) {
      Grid grid = knownGrid(contact.grid().get(), at.field("grid"));
      if (grid != null && !grid.unit().equals(contact.unit())) {
        refuse(
            ProblemKind.INVALID_VALUE,
            at.field("grid"),
            "contact point of \""
                + contact.leaderName()
                + "\" names grid "
                + grid.code()
                + " of unit "
                + grid.unit()
                + ", not of "
                + contact.unit());
      }
    }
    if (problems.isEmpty()) {
      draft.addContact(contact, "contactPoint");
    }
  }

  void removeContactPoint(ContactPoint contact) {
    for (Item<ContactPoint> it : draft.contactsAt(contact.unit())) {
      if (it.value().equals(contact)) {
        draft.removeContact(it);
        return;
      }
    }
    refuse(
        ProblemKind.NOT_APPLICABLE,
        at("contactPoint"),
        "the atlas has no contact point of \""
            + contact.leaderName()
            + "\" at "
            + contact.grid().map(GridCode::toString).orElse(contact.unit().toString()));
  }
}
