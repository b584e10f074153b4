package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.indexkit.input.Csv;
import org.indexkit.json.RecipeJson;
import org.indexkit.scoring.SheetFunctions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Excel custom functions through the server, each against a published example (method-fixtures.md, the sources named
 * per test): {@code POST /api/v1/functions/{name}} with the cells as Excel passes them.
 */
class FunctionRoutesTest {
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.http();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> call(String name, String argsJson, String addressesJson) throws Exception {
    return server.post("/api/v1/functions/" + name, "application/json",
        "{\"args\": " + argsJson + (addressesJson == null ? "" : ", \"addresses\": " + addressesJson) + "}");
  }

  static JsonNode result(String name, String argsJson) throws Exception {
    HttpResponse<String> r = call(name, argsJson, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return RecipeJson.MAPPER.readTree(r.body()).get("result");
  }

  @Test
  @DisplayName("GET /functions.json declares every function the server computes, its parameters as ranges or values, spilled results")
  void metadata() throws Exception {
    JsonNode m = RecipeJson.MAPPER.readTree(server.get("/functions.json").body());
    List<String> ids = new ArrayList<>();
    m.get("functions").forEach(f -> {
      ids.add(f.get("id").asText());
      assertThat(f.get("name").asText()).isEqualTo(f.get("id").asText()).matches("[A-Z][A-Z0-9.]*");
      assertThat(f.get("description").asText()).contains(" / ");
      assertThat(f.get("result").get("dimensionality").asText()).isEqualTo("matrix");
      assertThat(f.get("options").get("requiresParameterAddresses").asBoolean()).isTrue();
      boolean optional = false;
      for (JsonNode p : f.get("parameters")) {
        assertThat(p.get("name").asText()).matches("[a-z]+");
        assertThat(p.get("type").asText()).isEqualTo("any");
        assertThat(p.get("dimensionality").asText()).isIn("matrix", "scalar");
        assertThat(optional && !p.get("optional").asBoolean()).as("optional parameters last").isFalse();
        optional |= p.get("optional").asBoolean();
      }
    });
    assertThat(ids).containsExactly("SCORE", "WEIGHTS", "TOPSIS", "AHP", "COUPLING", "GRA")
        .isEqualTo(SheetFunctions.ALL.stream().map(SheetFunctions.Spec::id).toList());
  }

  @Test
  @DisplayName("AHP: pymcdm / Wang & Chin (2011), eigenvector weights 0.3208 … 0.1391, λmax 7.4199, CI 0.2840, CR 0.2290")
  void ahp() throws Exception {
    String m = "[[1,4,3,1,3,4],[0.25,1,7,3,0.2,1],[\"1/3\",\"1/7\",1,0.2,0.2,\"1/6\"],[1,\"1/3\",5,1,1,\"1/3\"],[\"1/3\",5,5,1,1,3],[0.25,1,6,3,\"1/3\",1]]";
    JsonNode r = result("AHP", "[" + m + "]");
    double[] w = {0.3208, 0.1395, 0.0348, 0.1285, 0.2374, 0.1391};
    for (int i = 0; i < 6; i++) {
      assertThat(r.get(i).get(0).asText()).isEqualTo("w" + (i + 1));
      assertThat(r.get(i).get(1).asDouble()).isCloseTo(w[i], within(5e-5));
    }
    assertThat(r.get(6).get(1).asDouble()).as("λmax").isCloseTo(7.4199, within(5e-5));
    assertThat(r.get(7).get(1).asDouble()).as("CI").isCloseTo(0.2840, within(5e-5));
    assertThat(r.get(8).get(1).asDouble()).as("CR").isCloseTo(0.2290, within(5e-5));
  }

  @Test
  @DisplayName("TOPSIS: Hwang & Yoon (1981) fighter aircraft, cost as −: closeness 0.643, 0.268, 0.614, 0.312")
  void topsis() throws Exception {
    JsonNode r = result("TOPSIS", "[[[2.0,1500,20000,5.5,5,9],[2.5,2700,18000,6.5,3,5],[1.8,2000,21000,4.5,7,7],[2.2,1800,20000,5.0,5,5]],"
        + "[[0.2,0.1,0.1,0.1,0.2,0.3]], [[\"+\",\"+\",\"+\",\"-\",\"+\",\"+\"]]]");
    double[] published = {0.643, 0.268, 0.614, 0.312};
    for (int i = 0; i < 4; i++) assertThat(r.get(i).get(0).asDouble()).isCloseTo(published[i], within(0.002));
  }

  @Test
  @DisplayName("WEIGHTS: entropy of Xu (2004) EJOR 156(2) on the raw values: 0.4630, 0.3992, 0.1378, 0.0000")
  void entropyWeights() throws Exception {
    JsonNode r = result("WEIGHTS", "[[[30,30,38,29],[19,54,86,29],[19,15,85,28.9],[68,70,60,29]], \"entropy\", \"\", \"raw\"]");
    double[] published = {0.4630, 0.3992, 0.1378, 0.0000};
    assertThat(r).hasSize(1);
    for (int j = 0; j < 4; j++) assertThat(r.get(0).get(j).asDouble()).isCloseTo(published[j], within(5e-5));
  }

  @Test
  @DisplayName("COUPLING: the two-subsystem rows of method-fixtures §2.2: C, T, D as published (±0.0015), C by the formula exactly")
  void coupling() throws Exception {
    JsonNode r = result("COUPLING", "[[[0.101,0.280],[0.165,0.406],[0.187,0.427],[0.238,0.511],[0.424,0.421]]]");
    double[][] published = {{0.882, 0.190, 0.410}, {0.906, 0.286, 0.509}, {0.920, 0.307, 0.532}, {0.931, 0.374, 0.590}, {1.000, 0.422, 0.650}};
    assertThat(r.get(0)).extracting(JsonNode::asText).containsExactly("C", "T", "D");
    for (int y = 0; y < 5; y++) for (int k = 0; k < 3; k++) assertThat(r.get(y + 1).get(k).asDouble()).isCloseTo(published[y][k], within(0.0015));
    assertThat(r.get(1).get(0).asDouble()).isCloseTo(2 * Math.sqrt(0.101 * 0.280) / (0.101 + 0.280), within(1e-15));
  }

  @Test
  @DisplayName("GRA: JMcDM's test (Yıldırım & Önder 2015), min-max then ρ = 0.5: 0.525, 0.70071, 0.54643, 0.57628, 0.65095")
  void greyRelational() throws Exception {
    JsonNode r = result("GRA", "[[[105000,105,10,4,300,10],[120000,110,15,4,500,8],[150000,120,12,3,550,12],[115000,105,20,4,600,9],"
        + "[135000,115,15,5,400,9]], [[0.05,0.20,0.10,0.15,0.10,0.40]], [[\"-\",\"+\",\"-\",\"+\",\"+\",\"-\"]]]");
    double[] published = {0.525, 0.7007142857, 0.5464285714, 0.5762820513, 0.6509523810};
    for (int i = 0; i < 5; i++) assertThat(r.get(i).get(0).asDouble()).isCloseTo(published[i], within(1e-9));
  }

  @Test
  @DisplayName("SCORE: the SET 2024 sub-scores with preset set-2024 and the template's recipe row normalise | none give the published SET totals (002_set_index_total.csv) within 0.055: the 1-dp sub-scores are off by up to 0.05, the 2-dp total by 0.005")
  void score() throws Exception {
    String data;
    try (var in = FunctionRoutesTest.class.getResourceAsStream("/templates/set-2024.data.csv")) {
      data = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<List<String>> rows = Csv.parse(data);
    List<List<Object>> cells = new ArrayList<>();
    for (List<String> row : rows) cells.add(new ArrayList<>(row.stream().map(c -> c.matches("-?[0-9.]+") ? (Object) Double.valueOf(c) : c).toList()));
    // the template's Recipe sheet: the Data are the published sub-scores, aggregated as they are
    JsonNode r = result("SCORE", "[" + RecipeJson.MAPPER.writeValueAsString(cells) + ", \"set-2024\", [[\"normalise\", \"none\"]]]");
    assertThat(r.get(0)).extracting(JsonNode::asText).containsExactly("Score", "Rank");
    List<List<String>> published = Csv.parse(new String(FunctionRoutesTest.class.getResourceAsStream("/seed-tables/002_set_index_total.csv")
        .readAllBytes(), StandardCharsets.UTF_8));
    int matched = 0;
    for (List<String> p : published.subList(1, published.size()))
      for (int i = 1; i < rows.size(); i++)
        if (rows.get(i).get(0).equals(p.get(2))) {
          assertThat(r.get(i).get(0).asDouble()).as(p.get(2)).isCloseTo(Double.parseDouble(p.get(4)), within(0.055));
          matched++;
        }
    assertThat(matched).isGreaterThanOrEqualTo(10);
    assertThat(r.get(1).get(1).asInt()).as("Boston ranks first").isEqualTo(1);
  }

  @Test
  @DisplayName("bad arguments: a text in a number range names its cell from the range's address; a wrong count and an unknown name say so")
  void problems() throws Exception {
    HttpResponse<String> r = call("TOPSIS", "[[[1,2],[3,\"12,3\"]]]", "[\"Sheet1!B2:C3\"]");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("Sheet1!C3").contains("\\\"12,3\\\" is not a number").doesNotContain("Exception");
    HttpResponse<String> few = call("AHP", "[]", null);
    assertThat(few.statusCode()).isEqualTo(422);
    assertThat(few.body()).contains("INDEXKIT.AHP takes 1 to 2 arguments, got 0");
    HttpResponse<String> unknown = call("NOPE", "[]", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("INDEXKIT.NOPE is not a function");
    HttpResponse<String> notSquare = call("AHP", "[[[1,2,3],[0.5,1,2]]]", null);
    assertThat(notSquare.body()).contains("give a square matrix");
  }
}
