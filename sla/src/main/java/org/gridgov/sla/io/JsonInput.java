package org.gridgov.sla.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.sla.calendar.CalendarFormatException;

/** Bounded JSON reading and problem collection shared by the formats of this package. */
final class JsonInput {
  /** Largest input accepted, in characters or bytes. */
  static final int MAX_LENGTH = 4 << 20;

  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(32)
                          .maxStringLength(64 * 1024)
                          .maxNumberLength(32)
                          .maxDocumentLength(MAX_LENGTH)
                          .build())
                  .build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private final String source;
  private final List<CalendarFormatException.Problem> problems = new ArrayList<>();

  JsonInput(String source) {
    this.source = source;
  }

  /** Reads a file after checking its size. */
  static String readFile(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_LENGTH) {
      throw new CalendarFormatException(
          List.of(
              new CalendarFormatException.Problem(
                  file.toString(),
                  "$",
                  "file has " + size + " bytes, at most " + MAX_LENGTH + " are accepted")));
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Parses the text, recording a syntax problem with line and column. */
  Optional<JsonNode> parse(String json) {
    if (json.length() > MAX_LENGTH) {
      add(
          "$",
          "input has " + json.length() + " characters, at most " + MAX_LENGTH + " are accepted");
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        add("$", "expected a JSON object, got an empty input");
        return Optional.empty();
      }
      return Optional.of(node);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null
              ? "$"
              : String.format(Locale.ROOT, "line %d, column %d", at.getLineNr(), at.getColumnNr());
      add(where, "malformed JSON: " + e.getOriginalMessage());
      return Optional.empty();
    }
  }

  void add(String path, String message) {
    problems.add(new CalendarFormatException.Problem(source, path, message));
  }

  List<CalendarFormatException.Problem> problems() {
    return problems;
  }

  String source() {
    return source;
  }

  /** A short description of a node for messages: its type and, for scalars, its text. */
  static String describe(JsonNode node) {
    if (node.isMissingNode()) {
      return "nothing";
    }
    if (node.isTextual()) {
      return "\"" + node.asText() + "\"";
    }
    if (node.isValueNode()) {
      return node.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + node.asText();
    }
    return node.isArray() ? "an array" : "an object";
  }
}
