package org.indexkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.indexkit.json.RecipeJson;

/** Jackson's complaints about a request body, in a researcher's words, with the JSON path of the field. */
final class JsonErrors {
  private JsonErrors() {}

  static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
    return false;
  }

  /** Jackson's complaint in a researcher's words, with the JSON path of the field. */
  static String describe(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    if (original != null && (original.contains("'NaN'") || original.contains("'Infinity'") || original.contains("'-Infinity'")
        || original.contains("'INF'")))
      return "NaN and Infinity are not JSON numbers; send null for a missing value"
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    if (causedBy(e, com.fasterxml.jackson.core.exc.StreamConstraintsException.class))
      return "a text in the body is longer than " + RecipeJson.MAX_TEXT_CHARS + " characters (Excel's limit for a cell)";
    if (original != null && original.startsWith("table.values")) return original;
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getPath().isEmpty()
        && mi.getTargetType() == ComputeRequest.class)
      return "the body must be a JSON object {\"table\": …}";
    if (e instanceof UnrecognizedPropertyException u)
      return "unknown field \"" + path(u) + "\"; expected one of " + u.getKnownPropertyIds();
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      Throwable cause = m.getCause();
      if (cause instanceof IllegalArgumentException && cause.getMessage() != null) return path(m) + ": " + cause.getMessage();
      String type = m instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getTargetType() != null
          ? expected(mi.getTargetType()) : "another type";
      return path(m) + " has the wrong type: expected " + type;
    }
    String msg = original;
    return "the body is not valid JSON" + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
        + ", column " + e.getLocation().getColumnNr()) + (msg == null ? "" : ": " + msg.lines().findFirst().orElse(""));
  }

  private static String path(JsonMappingException m) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      else sb.append('[').append(r.getIndex()).append(']');
    }
    return sb.toString();
  }

  private static String expected(Class<?> t) {
    if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) return "a list [...]";
    if (t == String.class) return "a text";
    if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return "a whole number";
    if (Number.class.isAssignableFrom(t) || t == double.class) return "a number";
    if (t == Boolean.class || t == boolean.class) return "true or false";
    return "an object {...}";
  }
}
