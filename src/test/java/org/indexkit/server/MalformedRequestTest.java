package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.indexkit.json.RecipeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad requests, one row each: the status, a problem+json body a researcher can read, the cell it
 * names (computed from the request's origin) and no stack trace, ever.
 */
class MalformedRequestTest {
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestServer.httpOptions().withLimits(1_000, 100_000), null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A table at Sheet1!B2 (header row 2, names in B, indicators from C) with the given values. */
  static String table(String values) {
    return "{\"table\":{\"entities\":[\"P\",\"Q\",\"R\"],\"indicators\":[\"a\",\"b\"],\"values\":" + values
        + ",\"origin\":\"Sheet1!B2\"}}";
  }

  static String withRecipe(String recipe) {
    return "{\"table\":{\"entities\":[\"P\",\"Q\",\"R\"],\"indicators\":[\"a\",\"b\"],\"values\":[[1,2],[3,4],[5,7]]},"
        + "\"recipe\":" + recipe + "}";
  }

  static final String OK_VALUES = "[[1,2],[3,4],[5,7]]";

  static Stream<Arguments> cases() {
    String big = "{\"table\":{\"entities\":[" + "\"x\",".repeat(600) + "\"y\"],\"indicators\":[\"a\",\"b\"],\"values\":[]}}";
    String huge = "{\"table\":{\"entities\":[\"" + "x".repeat(120_000) + "\"],\"indicators\":[],\"values\":[]}}";
    return Stream.of(
        Arguments.of("not JSON", "application/json", "{\"table\":", 400, null, "not valid JSON"),
        Arguments.of("JSON but not an object", "application/json", "[1,2]", 400, null, "JSON object"),
        Arguments.of("empty body", "application/json", "", 400, null, "the body is empty"),
        Arguments.of("text/plain body", "text/plain", table(OK_VALUES), 415, null, "application/json"),
        Arguments.of("no Content-Type", null, table(OK_VALUES), 415, null, "no Content-Type"),
        Arguments.of("no table", "application/json", "{}", 400, null, "no \"table\""),
        Arguments.of("unknown top-level field", "application/json", "{\"tabel\":{}}", 400, null, "unknown field \"tabel\""),
        Arguments.of("unknown table field", "application/json",
            "{\"table\":{\"entities\":[],\"indicators\":[],\"values\":[],\"colour\":1}}", 400, null, "unknown field \"table.colour\""),
        Arguments.of("entities not a list", "application/json",
            "{\"table\":{\"entities\":5,\"indicators\":[\"a\"],\"values\":[[1]]}}", 400, null, "table.entities has the wrong type: expected a list"),
        Arguments.of("values not rows", "application/json",
            "{\"table\":{\"entities\":[\"P\"],\"indicators\":[\"a\"],\"values\":[1]}}", 400, null, "table.values[0] has the wrong type"),
        Arguments.of("NaN literal", "application/json", table("[[1,NaN],[3,4],[5,7]]"), 400, null, "NaN and Infinity are not JSON numbers"),
        Arguments.of("Infinity literal", "application/json", table("[[1,2],[Infinity,4],[5,7]]"), 400, null, "NaN and Infinity"),
        Arguments.of("number too large for a double", "application/json", table("[[1,2],[3,1e999],[5,7]]"), 422, "Sheet1!D4", "too large"),
        Arguments.of("decimal comma", "application/json", table("[[1,2],[\"12,3\",4],[5,7]]"), 422, "Sheet1!C4", "\"12,3\" is not a number"),
        Arguments.of("boolean cell", "application/json", table("[[1,2],[3,4],[true,7]]"), 422, "Sheet1!C5", "true is not a number"),
        Arguments.of("object cell", "application/json", table("[[{\"v\":1},2],[3,4],[5,7]]"), 422, "Sheet1!C3", "is not a number"),
        Arguments.of("ragged row", "application/json", table("[[1,2],[3],[5,7]]"), 422, "Sheet1!B4", "has 1 values but there are 2"),
        Arguments.of("fewer rows than entities", "application/json", table("[[1,2],[3,4]]"), 422, null, "2 rows of values for 3 entities"),
        Arguments.of("duplicate entity", "application/json",
            "{\"table\":{\"entities\":[\"P\",\"P\"],\"indicators\":[\"a\"],\"values\":[[1],[2]],\"origin\":\"Sheet1!B2\"}}", 422, "Sheet1!B4", "\"P\" appears twice"),
        Arguments.of("duplicate indicator", "application/json",
            "{\"table\":{\"entities\":[\"P\",\"Q\"],\"indicators\":[\"a\",\"a\"],\"values\":[[1,1],[2,2]],\"origin\":\"'My data'!B2\"}}", 422,
            "'My data'!D2", "indicator \"a\" appears twice"),
        Arguments.of("one entity", "application/json",
            "{\"table\":{\"entities\":[\"P\"],\"indicators\":[\"a\"],\"values\":[[1]]}}", 422, null, "at least 2"),
        Arguments.of("missing value", "application/json", table("[[1,2],[3,null],[5,7]]"), 422, "Sheet1!D4", "\"Q\" has no value for \"b\""),
        Arguments.of("all-missing indicator", "application/json", table("[[1,null],[3,\"N/A\"],[5,\"\"]]"), 422, "Sheet1!D2", "\"b\" has no values at all"),
        Arguments.of("origin that is not a cell", "application/json",
            "{\"table\":{\"entities\":[\"P\",\"Q\"],\"indicators\":[\"a\"],\"values\":[[1],[2]],\"origin\":\"here\"}}", 400, null, "not a cell address"),
        Arguments.of("origin beyond column XFD", "application/json",
            "{\"table\":{\"entities\":[\"P\",\"Q\"],\"indicators\":[\"a\"],\"values\":[[1],[2]],\"origin\":\"Sheet1!XFE1\"}}", 400, null, "outside a worksheet"),
        Arguments.of("unknown preset", "application/json", withRecipe("{\"preset\":\"gihi-1999\"}"), 422, null, "no preset \"gihi-1999\""),
        Arguments.of("unknown recipe key", "application/json", withRecipe("{\"normalize\":\"z-score\"}"), 422, null, "unknown recipe key \"normalize\""),
        Arguments.of("unknown method", "application/json", withRecipe("{\"normalise\":\"zscore-ish\"}"), 422, null, "is not one of min-max"),
        Arguments.of("recipe not an object", "application/json", withRecipe("5"), 400, null, "\"recipe\" must be an object"),
        Arguments.of("tree with unknown parent", "application/json",
            "{\"table\":{\"entities\":[\"P\",\"Q\"],\"indicators\":[\"a\"],\"values\":[[1],[2]]},"
                + "\"tree\":[{\"code\":\"idx\"},{\"code\":\"a\",\"parent\":\"nowhere\"}]}", 422, null, "parent \"nowhere\""),
        Arguments.of("tree node without code", "application/json",
            "{\"table\":{\"entities\":[\"P\",\"Q\"],\"indicators\":[\"a\"],\"values\":[[1],[2]]},\"tree\":[{\"name\":\"x\"}]}", 400, null, "needs a code"),
        Arguments.of("tree leaf missing from the data", "application/json",
            "{\"table\":{\"entities\":[\"P\",\"Q\"],\"indicators\":[\"a\"],\"values\":[[1],[2]]},"
                + "\"tree\":[{\"code\":\"idx\"},{\"code\":\"a\",\"parent\":\"idx\"},{\"code\":\"b\",\"parent\":\"idx\"}]}", 422, null, "[b]"),
        Arguments.of("geometric mean of a zero", "application/json", "{\"table\":{\"entities\":[\"P\",\"Q\",\"R\"],\"indicators\":[\"a\",\"b\"],"
            + "\"values\":[[1,2],[3,4],[5,7]],\"origin\":\"Sheet1!B2\"},\"recipe\":{\"aggregate\":\"geometric\"}}", 422, "Sheet1!C3", "geometric mean needs scores > 0"),
        Arguments.of("years that are not numbers", "application/json",
            "{\"table\":{\"entities\":[\"P\",\"Q\"],\"indicators\":[\"a\"],\"values\":[[1],[2]],\"years\":[\"x\",\"y\"]}}", 400, null, "table.years[0] has the wrong type"),
        Arguments.of("k-means with too few distinct scores", "application/json", withRecipe("{\"tiers\":{\"method\":\"k-means\",\"k\":5}}"), 422, null, "at least 5 different scores"),
        Arguments.of("too many cells", "application/json", big, 413, null, "at most 1000"),
        Arguments.of("body over the size limit", "application/json", huge, 413, null, "at most 100000 bytes"));
  }

  @ParameterizedTest(name = "{0} → {3}")
  @MethodSource("cases")
  void refusedClearly(String name, String contentType, String body, int status, String cell, String message) throws Exception {
    HttpResponse<String> r = server.post("/api/v1/compute", contentType, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode p = RecipeJson.MAPPER.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotBlank();
    List<String> texts = new ArrayList<>();
    texts.add(p.path("title").asText() + " " + p.path("detail").asText());
    List<String> cells = new ArrayList<>();
    p.path("problems").forEach(q -> {
      texts.add(q.path("message").asText());
      if (q.has("cell")) cells.add(q.get("cell").asText());
    });
    assertThat(String.join("\n", texts)).contains(message);
    if (cell != null) assertThat(cells).contains(cell);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.indexkit.");
  }
}
