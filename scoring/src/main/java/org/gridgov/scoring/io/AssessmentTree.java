package org.gridgov.scoring.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.Location;
import org.gridgov.core.ProblemKind;
import org.gridgov.core.io.internal.JsonCursor;
import org.gridgov.core.io.internal.ProblemList;
import org.gridgov.scoring.rating.Assessment;
import org.gridgov.scoring.rating.AssessmentSet;
import org.gridgov.scoring.rating.Rubric;
import org.jspecify.annotations.Nullable;

/** Reads assessments from their JSON tree, checking references when a rubric is given. */
final class AssessmentTree {
  static final Set<String> TOP = Set.of("format", "rubric", "period", "assessments");
  static final Set<String> ASSESSMENT =
      Set.of(
          "organisationId",
          "name",
          "newOrganisation",
          "deductions",
          "bonuses",
          "vetoes",
          "gates",
          "honours",
          "weakTriggers",
          "measures");

  private AssessmentTree() {}

  static @Nullable AssessmentSet convert(JsonCursor root, @Nullable Rubric rubric) {
    ProblemList problems = root.problems();
    long before = problems.count();
    if (!root.expectObject(TOP, Set.of("assessments"))) {
      return null;
    }
    JsonCursor format = root.field("format");
    format
        .string()
        .filter(f -> !f.equals(AssessmentJson.FORMAT))
        .ifPresent(
            f ->
                format.problem(
                    ProblemKind.INVALID_VALUE,
                    "expected \"" + AssessmentJson.FORMAT + "\", got " + JsonCursor.quote(f)));
    JsonCursor rubricField = root.field("rubric");
    Optional<String> rubricId = rubricField.isMissing() ? Optional.empty() : Fields.id(rubricField);
    JsonCursor periodField = root.field("period");
    Optional<String> period = periodField.isMissing() ? Optional.empty() : Fields.id(periodField);
    if (rubric != null && rubricId.isPresent() && !rubricId.get().equals(rubric.id())) {
      rubricField.problem(
          ProblemKind.CONFLICT,
          "the assessments are for rubric " + rubricId.get() + ", not " + rubric.id());
    }
    List<Assessment> assessments = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<JsonCursor> elements = root.field("assessments").elements();
    for (int i = 0; i < elements.size(); i++) {
      JsonCursor c = elements.get(i);
      Optional<Assessment> a = assessment(c);
      if (a.isEmpty()) {
        continue;
      }
      Integer first = seen.putIfAbsent(a.get().organisationId(), i);
      if (first != null) {
        c.field("organisationId")
            .problem(
                ProblemKind.DUPLICATE_ID,
                "organisation "
                    + a.get().organisationId()
                    + " is also assessed at $.assessments["
                    + first
                    + "]");
      }
      if (rubric != null) {
        rubric.check(a.get(), c.location()).forEach(problems::add);
      }
      assessments.add(a.get());
      if (problems.isFull()) {
        break;
      }
    }
    if (problems.count() > before) {
      return null;
    }
    return new AssessmentSet(rubricId, period, assessments);
  }

  static Optional<Assessment> assessment(JsonCursor c) {
    long before = c.problems().count();
    if (!c.expectObject(ASSESSMENT, Set.of("organisationId"))) {
      return Optional.empty();
    }
    Optional<String> id = Fields.id(c.field("organisationId"));
    Optional<String> name = Fields.optionalText(c.field("name"));
    JsonCursor isNew = c.field("newOrganisation");
    Optional<Boolean> newOrganisation = isNew.isMissing() ? Optional.of(false) : isNew.bool();
    List<Assessment.Deduction> deductions = new ArrayList<>();
    for (JsonCursor d : c.field("deductions").elements()) {
      deduction(d).ifPresent(deductions::add);
    }
    List<Assessment.BonusClaim> bonuses = new ArrayList<>();
    for (JsonCursor b : c.field("bonuses").elements()) {
      bonus(b).ifPresent(bonuses::add);
    }
    List<Assessment.Attestation> vetoes = attestations(c.field("vetoes"));
    List<Assessment.Attestation> gates = attestations(c.field("gates"));
    List<Assessment.Attestation> honours = attestations(c.field("honours"));
    List<Assessment.Attestation> triggers = attestations(c.field("weakTriggers"));
    Map<String, BigDecimal> measures = new TreeMap<>();
    for (JsonCursor.Named m : c.field("measures").fields()) {
      if (m.name().isBlank() || m.name().length() > Fields.MAX_ID_LENGTH) {
        m.value().problem(ProblemKind.INVALID_VALUE, "a measure's name is 1 to 200 characters");
        continue;
      }
      Fields.decimal(m.value()).ifPresent(v -> measures.put(m.name(), v));
    }
    if (c.problems().count() > before
        || id.isEmpty()
        || name.isEmpty()
        || newOrganisation.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(
        c,
        () ->
            new Assessment(
                id.get(),
                name.get(),
                newOrganisation.get(),
                deductions,
                bonuses,
                vetoes,
                gates,
                honours,
                triggers,
                measures));
  }

  private static Optional<Integer> count(JsonCursor c) {
    return c.isMissing() ? Optional.of(1) : c.intValue(1, Assessment.MAX_COUNT);
  }

  private static Optional<Assessment.Deduction> deduction(JsonCursor c) {
    if (!c.expectObject(
        Set.of("item", "clause", "count", "evidence"), Set.of("item", "clause", "evidence"))) {
      return Optional.empty();
    }
    Optional<String> item = Fields.id(c.field("item"));
    Optional<String> clause = Fields.id(c.field("clause"));
    Optional<Integer> count = count(c.field("count"));
    Optional<String> evidence = Fields.text(c.field("evidence"));
    if (item.isEmpty() || clause.isEmpty() || count.isEmpty() || evidence.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(
        c, () -> new Assessment.Deduction(item.get(), clause.get(), count.get(), evidence.get()));
  }

  private static Optional<Assessment.BonusClaim> bonus(JsonCursor c) {
    if (!c.expectObject(Set.of("bonus", "count", "evidence"), Set.of("bonus", "evidence"))) {
      return Optional.empty();
    }
    Optional<String> bonus = Fields.id(c.field("bonus"));
    Optional<Integer> count = count(c.field("count"));
    Optional<String> evidence = Fields.text(c.field("evidence"));
    if (bonus.isEmpty() || count.isEmpty() || evidence.isEmpty()) {
      return Optional.empty();
    }
    return Fields.build(
        c, () -> new Assessment.BonusClaim(bonus.get(), count.get(), evidence.get()));
  }

  private static List<Assessment.Attestation> attestations(JsonCursor c) {
    List<Assessment.Attestation> out = new ArrayList<>();
    for (JsonCursor x : c.elements()) {
      if (!x.expectObject(Set.of("id", "evidence"), Set.of("id", "evidence"))) {
        continue;
      }
      Optional<String> id = Fields.id(x.field("id"));
      Optional<String> evidence = Fields.text(x.field("evidence"));
      if (id.isPresent() && evidence.isPresent()) {
        Fields.build(x, () -> new Assessment.Attestation(id.get(), evidence.get()))
            .ifPresent(out::add);
      }
    }
    return out;
  }

  /** Where an assessment is in a file: {@code $.assessments[i]}. */
  static Location at(int i) {
    return Location.json().field("assessments").index(i);
  }
}
