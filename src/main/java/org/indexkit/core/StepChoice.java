package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a recipe says for one step: the method's id and the parameters given, e.g. {@code min-max} with
 * {@code min = 60, max = 100}. In JSON a bare method name ({@code "z-score"}) or an object
 * ({@code {"method": "min-max", "min": 60}}). Which ids and parameters exist, their defaults and ranges
 * are the method registry's ({@code method.MethodRegistry}); as read, a choice is only what was written,
 * and the registry's {@code resolve} gives the choice a run uses, every default filled in.
 *
 * @param method the method's id; null = the step's default
 * @param params parameter id to value (Double, Long, Boolean, String, or a list of them), in order
 */
public record StepChoice(String method, Map<String, Object> params) {

  public StepChoice {
    Map<String, Object> copy = new LinkedHashMap<>();
    if (params != null) params.forEach((k, v) -> { if (v != null) copy.put(k, plainValue(v)); });
    params = Collections.unmodifiableMap(copy);
  }

  /** The step's default method, nothing set. */
  public static final StepChoice DEFAULT = new StepChoice(null, null);

  public static StepChoice of(String method) {
    return new StepChoice(method, null);
  }

  /** {@code of("min-max", "min", 60.0, "max", 100.0)}. */
  public static StepChoice of(String method, Object... keysAndValues) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) p.put((String) keysAndValues[i], keysAndValues[i + 1]);
    return new StepChoice(method, p);
  }

  /** A bare method name, or an object with a {@code method} and parameters. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static StepChoice fromJson(Object json) {
    if (json instanceof String s) return of(s);
    if (json instanceof Map<?, ?> m) {
      Map<String, Object> p = new LinkedHashMap<>();
      m.forEach((k, v) -> p.put(String.valueOf(k), v));
      Object method = p.remove("method");
      if (method != null && !(method instanceof String))
        throw new IllegalArgumentException("a step's method is a name such as \"min-max\", got " + method);
      return new StepChoice((String) method, p);
    }
    throw new IllegalArgumentException("a step is a method name such as \"min-max\" or an object {\"method\": …}, got " + json);
  }

  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (method != null) out.put("method", method);
    out.putAll(params);
    return out;
  }

  public boolean is(String id) {
    return id.equals(method);
  }

  /** The method {@code none} (no imputation, no tiers, …), as every optional step names it. */
  public boolean isNone() {
    return "none".equals(method);
  }

  public StepChoice with(String key, Object value) {
    Map<String, Object> p = new LinkedHashMap<>(params);
    if (value == null) p.remove(key);
    else p.put(key, value);
    return new StepChoice(method, p);
  }

  public Double number(String key) {
    return params.get(key) instanceof Number n ? n.doubleValue() : null;
  }

  public Integer integer(String key) {
    return params.get(key) instanceof Number n ? Math.toIntExact(n.longValue()) : null;
  }

  public Long whole(String key) {
    return params.get(key) instanceof Number n ? n.longValue() : null;
  }

  public String text(String key) {
    return params.get(key) instanceof String s ? s : null;
  }

  public boolean flag(String key) {
    return Boolean.TRUE.equals(params.get(key));
  }

  @SuppressWarnings("unchecked")
  public List<Double> numbers(String key) {
    return params.get(key) instanceof List<?> l ? (List<Double>) l : null;
  }

  @SuppressWarnings("unchecked")
  public List<String> texts(String key) {
    return params.get(key) instanceof List<?> l ? (List<String>) l : null;
  }

  /** One representation per value, so a choice read back from its JSON equals itself: whole numbers Long, others Double. */
  static Object plainValue(Object v) {
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
    if (v instanceof BigInteger b) return b.bitLength() < 64 ? (Object) b.longValue() : b.doubleValue();
    if (v instanceof Float || v instanceof BigDecimal) return ((Number) v).doubleValue();
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) out.add(plainValue(o));
      return Collections.unmodifiableList(out);
    }
    return v;
  }
}
