package org.indexkit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.Recipe;

/**
 * Recipes as JSON, and the layering every entry point uses: a preset's recipe, then a recipe file
 * (only the fields it names replace the preset's), then {@code key=value} settings such as
 * {@code normalise=none} or {@code tiers.k=6} (the Recipe sheet's Key | Value rows work the same way).
 */
public final class RecipeJson {
  /** The longest text in JSON read: Excel's limit for one cell; nothing a researcher sends is longer. */
  public static final int MAX_TEXT_CHARS = 32_767;

  /**
   * The one mapper. Reading is strict, because what it reads may come from anywhere: an object with a
   * key twice, or data after the JSON value, is refused rather than resolved by a silent rule (last key
   * wins, the rest ignored), and a text longer than {@value #MAX_TEXT_CHARS} characters is refused before
   * it is held.
   */
  public static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      // exact and several times faster than JDK 17's own conversions: a result carries thousands of numbers
      .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxStringLength(MAX_TEXT_CHARS).build())
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("finite-numbers").addSerializer(double[].class,
          new FiniteArraySerializer()));

  /** A double[] as a JSON array whose missing values (NaN, from {@code impute = available}) are null: JSON has no NaN. */
  static final class FiniteArraySerializer extends com.fasterxml.jackson.databind.ser.std.StdSerializer<double[]> {
    FiniteArraySerializer() {
      super(double[].class);
    }

    @Override
    public void serialize(double[] values, com.fasterxml.jackson.core.JsonGenerator g, com.fasterxml.jackson.databind.SerializerProvider p)
        throws java.io.IOException {
      g.writeStartArray(values, values.length);
      for (double v : values) {
        if (Double.isFinite(v)) g.writeNumber(v);
        else g.writeNull();
      }
      g.writeEndArray();
    }
  }

  private RecipeJson() {}

  public static Recipe parse(String source, String json) {
    return layer(Recipe.defaults(), source, json, Map.of());
  }

  /**
   * @param overlayJson a (partial) recipe whose fields replace those of {@code base}; may be null
   * @param settings dotted keys to values, applied last, in order
   */
  public static Recipe layer(Recipe base, String source, String overlayJson, Map<String, String> settings) {
    ObjectNode node = MAPPER.valueToTree(base);
    try {
      if (overlayJson != null) {
        JsonNode overlay = MAPPER.readTree(overlayJson);
        if (!(overlay instanceof ObjectNode o))
          throw new InvalidInputException(Problem.of("recipe", source + ": a recipe is a JSON object {…}"));
        merge(node, o);
      }
      for (var e : settings.entrySet()) set(node, e.getKey(), e.getValue());
      return MAPPER.treeToValue(node, Recipe.class);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(Problem.ofKey(path(e), source + ": " + plain(e)));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Problem.of("recipe", source + ": " + e.getMessage()));
    }
  }

  private static void merge(ObjectNode base, ObjectNode overlay) {
    for (var e : overlay.properties()) {
      JsonNode old = base.get(e.getKey());
      if (old instanceof ObjectNode o && e.getValue() instanceof ObjectNode n) merge(o, n);
      else base.set(e.getKey(), e.getValue());
    }
  }

  /** {@code tiers.k = 6} sets a field; a bare word on a step ({@code normalise = none}) sets its method, keeping its other fields. */
  private static void set(ObjectNode root, String dotted, String value) {
    String[] path = dotted.trim().split("\\.");
    ObjectNode at = root;
    for (int i = 0; i < path.length - 1; i++) {
      JsonNode next = at.get(path[i]);
      if (next != null && next.isTextual()) next = MAPPER.createObjectNode().put("method", next.asText()); // a step named by its method alone
      if (!(next instanceof ObjectNode)) next = MAPPER.createObjectNode();
      at.set(path[i], next);
      at = (ObjectNode) next;
    }
    String leaf = path[path.length - 1];
    JsonNode parsed = valueNode(value);
    if (at.get(leaf) instanceof ObjectNode step && parsed.isTextual()) step.put("method", parsed.asText());
    else at.set(leaf, parsed);
  }

  /** Texts as a JSON array, the form of a list-valued setting ({@code ["A: B, C", "B: A"]}). */
  public static String array(List<String> texts) {
    return MAPPER.createArrayNode().addAll(texts.stream().map(t -> (JsonNode) TextNode.valueOf(t)).toList()).toString();
  }

  /** JSON when it parses as a number, boolean or array ("6", "true", "[80,70]"), otherwise text. */
  private static JsonNode valueNode(String value) {
    String v = value.trim();
    try {
      JsonNode n = MAPPER.readTree(v);
      if (n != null && (n.isNumber() || n.isBoolean() || n.isArray() || n.isObject())) return n;
    } catch (JsonProcessingException ignored) {
      // plain text
    }
    return TextNode.valueOf(v);
  }

  /** The recipe key where Jackson stopped ({@code tiers.labels}), or null. */
  static String path(JsonProcessingException e) {
    return e instanceof com.fasterxml.jackson.databind.JsonMappingException jm && !jm.getPath().isEmpty()
        ? jm.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .reduce((a, b) -> a + "." + b).orElse("") : null;
  }

  /** Jackson's message without its source-location tail, which means nothing to a researcher. */
  public static String plain(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    String path = path(e);
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      java.util.List<String> known = u.getKnownPropertyIds() == null ? java.util.List.of()
          : u.getKnownPropertyIds().stream().map(String::valueOf).toList();
      return "unknown recipe key \"" + (path == null ? u.getPropertyName() : path) + "\"" + org.indexkit.core.Suggest.didYouMean(u.getPropertyName(), known);
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException && cause.getMessage() != null) m = cause.getMessage();
    return (path == null ? "" : path + ": ") + m;
  }
}
