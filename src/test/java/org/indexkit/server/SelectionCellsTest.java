package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.core.InvalidInputException;
import org.indexkit.input.DataSheet;
import org.indexkit.json.RecipeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The task pane sends the selection's cells as they are, with the workbook's sheet names and the cells of its
 * Indicators and Recipe sheets; the server reads them with the readers of an uploaded workbook (DESIGN.md:
 * "the pane sends cells, Java decides").
 */
class SelectionCellsTest {
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.http();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode post(String path, String json, int status) throws Exception {
    HttpResponse<String> r = server.post(path, "application/json", json);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return RecipeJson.MAPPER.readTree(r.body());
  }

  @Test
  @DisplayName("POST /api/v1/table: a selection at Data!B2 is read as a Data sheet is, Group by its header, % cells and N/A noted at their own cells")
  void readsTheSelection() throws Exception {
    JsonNode view = post("/api/v1/table", """
        {"table": {"origin": "Data!B2:E4",
          "rows": [["City", "Group", "gdp", "rate"], ["P", "main", 1, 0.12], ["Q", "mini", 2, "N/A"]],
          "formats": [["@", "@", "@", "@"], ["General", "General", "General", "0%"], ["General", "General", "General", "@"]]}}""", 200);
    assertThat(view.get("range").asText()).isEqualTo("Data!B2:E4");
    assertThat(view.get("entities").asInt()).isEqualTo(2);
    assertThat(view.get("indicators").toString()).isEqualTo("[\"gdp\",\"rate\"]");
    assertThat(view.get("groups").asBoolean()).isTrue();
    assertThat(view.get("years").asBoolean()).isFalse();
    assertThat(view.get("notes").toString()).contains("Data!E3: 12% (a percentage) read as 0.12", "Data!E4: \\\"N/A\\\" read as missing");
  }

  @Test
  @DisplayName("compute answers what the client asks: ?include=sheets (the pane) leaves the result out, a part that does not exist is a 400")
  void include() throws Exception {
    String body = "{\"table\": {\"origin\": \"Data!A1\", \"rows\": [[\"City\", \"x\"], [\"P\", 1], [\"Q\", 2]]}}";
    JsonNode both = post("/api/v1/compute", body, 200);
    JsonNode sheets = post("/api/v1/compute?include=sheets", body, 200);
    assertThat(both.has("result")).isTrue();
    assertThat(sheets.has("result")).isFalse();
    assertThat(sheets.get("sheets").get(0).get("rows")).isEqualTo(both.get("sheets").get(0).get("rows"));
    assertThat(post("/api/v1/compute?include=result", body, 200).has("sheets")).isFalse();
    assertThat(post("/api/v1/compute?include=everything", body, 400).get("detail").asText()).contains("not one of result, sheets");
  }

  @Test
  @DisplayName("a selection whose first column is not the names is read as the same cells in a Data sheet: the first column names the entities")
  void sameAsADataSheet() throws Exception {
    List<List<Object>> rows = List.of(Arrays.asList("Rank", "City", "x"), Arrays.asList(1.0, "Boston", 3.0), Arrays.asList(2.0, "Paris", 4.0));
    assertThatThrownBy(() -> DataSheet.read("Data", new ArrayList<>(rows))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Data!B2: \"Boston\" is not a number");
    JsonNode problem = post("/api/v1/compute", """
        {"table": {"origin": "Data!A1", "rows": [["Rank", "City", "x"], [1, "Boston", 3], [2, "Paris", 4]]}}""", 422);
    assertThat(problem.get("problems").get(0).get("cell").asText()).isEqualTo("Data!B2");
    assertThat(problem.get("problems").get(0).get("message").asText()).isEqualTo("\"Boston\" is not a number");
  }

  @Test
  @DisplayName("compute: the Neighbours sheet's cells give Moran's neighbour lists; a name that is not an entity is refused with its cell")
  void neighboursSheet() throws Exception {
    String table = "{\"origin\": \"Data!A1\", \"rows\": [[\"City\", \"x\"], [\"P\", 1], [\"Q\", 2], [\"R\", 4], [\"S\", 8]]}";
    String recipe = "\"recipe\": {\"normalise\": {\"method\": \"none\"}, \"analyses\": {\"moran\": {\"method\": \"neighbours\", \"style\": \"binary\"}}}";
    // a path P – Q – R – S, binary weights: x − mean = −2.75, −1.75, 0.25, 4.25; I = (n/S0)·Σ wᵢⱼzᵢzⱼ/Σz² = (4/6)·2·(4.8125 − 0.4375
    // + 1.0625)/28.75 = 0.2521739…
    JsonNode answer = post("/api/v1/compute", "{\"table\": " + table + ", " + recipe + ", \"neighboursSheet\": [[\"City\", \"Neighbours\"], "
        + "[\"P\", \"Q\"], [\"Q\", \"P, R\"], [\"R\", \"Q\", \"S\"], [\"S\", \"R\"]]}", 200);
    JsonNode moran = null;
    for (JsonNode sheet : answer.get("sheets")) if (sheet.get("name").asText().equals("Moran")) moran = sheet;
    assertThat(moran).isNotNull();
    assertThat(moran.get("rows").get(0).get(2).asDouble()).isCloseTo(4.0 / 6 * 2 * (4.8125 - 0.4375 + 1.0625) / 28.75, within(1e-12));
    JsonNode bad = post("/api/v1/compute", "{\"table\": " + table + ", " + recipe + ", \"neighboursSheet\": [[\"P\", \"Q\"], [\"Q\", \"P\", \"T\"]]}", 422);
    assertThat(bad.get("problems").get(0).get("cell").asText()).isEqualTo("Neighbours!C2");
    assertThat(bad.get("problems").get(0).get("message").asText()).isEqualTo("\"T\" is not an entity of the Data");
  }

  @Test
  @DisplayName("compute: the Indicators sheet's cells give the tree (weights as 2/15 and 35%), the Recipe sheet's rows lie under the pane's choices")
  void indicatorsAndRecipeSheets() throws Exception {
    String table = "{\"origin\": \"Data!A1\", \"rows\": [[\"City\", \"gdp\", \"rate\"], [\"P\", 1, 9], [\"Q\", 2, 5], [\"R\", 4, 1]]}";
    String indicators = "[[\"Code\", \"Parent\", \"Weight\", \"Direction\"], [\"idx\", \"\", \"\", \"\"], [\"gdp\", \"idx\", \"2/15\", \"\"], [\"rate\", \"idx\", \"13/15\", \"-\"]]";
    JsonNode answer = post("/api/v1/compute", "{\"table\": " + table + ", \"indicatorsSheet\": " + indicators
        + ", \"recipeSheet\": [[\"Key\", \"Value\"], [\"normalise\", \"z-score\"], [\"tiers\", \"quantile\"], [\"tiers.k\", 2]],"
        + " \"recipe\": {\"normalise\": {\"method\": \"min-max\"}}, \"existingSheets\": [\"Data\", \"Scores\"]}", 200);
    JsonNode recipe = answer.get("result").get("provenance").get("recipe");
    assertThat(recipe.get("normalise").get("method").asText()).as("the pane's choice wins").isEqualTo("min-max");
    assertThat(recipe.get("tiers").toString()).as("the Recipe sheet's rows apply").isEqualTo("{\"method\":\"quantile\",\"k\":2}");
    // min-max, rate mirrored: P = 2/15·0 + 13/15·0 = 0, R = 2/15·1 + 13/15·1 = 1
    assertThat(answer.get("sheets").get(0).get("name").asText()).as("named against the workbook's sheets").isEqualTo("Scores (2)");
    assertThat(answer.get("sheets").get(0).get("rows").get(0).toString()).startsWith("[\"R\",1.0");
    JsonNode bad = post("/api/v1/compute", "{\"table\": " + table + ", \"recipeSheet\": [[\"Key\", \"Value\"], [\"tiers.kk\", 2]]}", 422);
    assertThat(bad.get("problems").get(0).get("cell").asText()).isEqualTo("Recipe!A2");
    assertThat(bad.get("problems").get(0).get("message").asText()).isEqualTo("unknown recipe key \"tiers.kk\" (did you mean \"tiers.k\"?)");
    JsonNode weight = post("/api/v1/compute", "{\"table\": " + table + ", \"indicatorsSheet\": "
        + indicators.replace("2/15", "two") + "}", 422);
    assertThat(weight.get("problems").get(0).get("cell").asText()).isEqualTo("Indicators!C3");
  }
}
