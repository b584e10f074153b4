package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One choice per pipeline step: everything needed, with the data and the tree, to reproduce a result.
 * Serialised as JSON (Jackson) and, key by key, as the {@code Recipe} sheet. A step left out takes its
 * default method; which methods and parameters a step has, and their defaults, are the method registry's
 * ({@code method.MethodRegistry.resolve} gives the recipe a run uses).
 *
 * @param preset the named recipe this started from (information only)
 * @param normalise how each indicator is put on a common scale (default min-max to [0, 1])
 * @param weights where the weights come from (default the tree's, level by level)
 * @param aggregate how a node's score is built from its children's (default the weighted arithmetic mean)
 * @param rescale display scale applied to every node after aggregation (default none)
 * @param tiers, stars how scores are cut into ordered tiers (default none)
 * @param leagues normalise, rank and tier each Group on its own (GIHI's mini-hubs)
 * @param impute what happens to missing values (default none: each missing cell is an error)
 * @param outliers treatment of extreme values before normalising (default none)
 * @param panel how a panel's years share normalisation and objective weights; null = each year on its own
 * @param analyses what is computed from the result, by analysis key ({@code coupling}); null when none
 * @param language the language of the output sheets: {@code zh-CN} for Chinese sheet names, headers (the tree's Chinese
 *     names) and labels; null (or {@code en}) for English. It changes no number.
 * @param formulas formula mode: the transparent steps also written as live formulas on a {@code Calc} sheet that the Scores
 *     sheet references, so the workbook recalculates when a Data value changes. It changes no number.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recipe(
    String preset,
    StepChoice normalise,
    StepChoice weights,
    StepChoice aggregate,
    StepChoice rescale,
    StepChoice tiers,
    StepChoice stars,
    Boolean leagues,
    StepChoice impute,
    StepChoice outliers,
    StepChoice panel,
    java.util.Map<String, StepChoice> analyses,
    String language,
    Boolean formulas) {

  /** The one Chinese output language, as the recipe key and the pane name it. */
  public static final String CHINESE = "zh-CN";

  public Recipe {
    normalise = orDefault(normalise);
    weights = orDefault(weights);
    aggregate = orDefault(aggregate);
    rescale = orDefault(rescale);
    tiers = orDefault(tiers);
    stars = orDefault(stars);
    leagues = leagues != null && leagues;
    impute = orDefault(impute);
    outliers = orDefault(outliers);
    analyses = analyses == null || analyses.isEmpty() ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(analyses));
    language = languageOf(language);
    formulas = Boolean.TRUE.equals(formulas) ? Boolean.TRUE : null; // left out of the JSON when off: recipes read as before
  }

  /** Whether formula mode is on. */
  public boolean writesFormulas() {
    return formulas != null;
  }

  /** zh, zh-CN, zh-Hans … as zh-CN; en, en-US … and nothing as null; anything else refused. */
  private static String languageOf(String l) {
    if (l == null || l.isBlank()) return null;
    String t = l.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("zh") || t.startsWith("zh-") || t.equals("中文")) return CHINESE;
    if (t.equals("en") || t.startsWith("en-")) return null;
    throw new IllegalArgumentException("language is en or zh-CN, got \"" + l + "\"");
  }

  /**
   * Whether a language setting asks for Chinese: the same reading as the recipe key's (zh, zh-CN, 中文; en, en-US, none);
   * anything else is refused.
   *
   * @throws IllegalArgumentException naming the language it cannot read
   */
  public static boolean isChinese(String language) {
    return CHINESE.equals(languageOf(language));
  }

  /** Whether the output sheets are written in Chinese. */
  public boolean chinese() {
    return CHINESE.equals(language);
  }


  /** The panel choice, {@code per-year} when the recipe names none. */
  public StepChoice panelOrDefault() {
    return panel == null ? StepChoice.of("per-year") : panel;
  }

  /** The choice for one analysis ({@code coupling}), {@link StepChoice#DEFAULT} when the recipe names none. */
  public StepChoice analysis(String key) {
    return analyses == null ? StepChoice.DEFAULT : analyses.getOrDefault(key, StepChoice.DEFAULT);
  }

  private static StepChoice orDefault(StepChoice c) {
    return c == null ? StepChoice.DEFAULT : c;
  }

  public static Recipe defaults() {
    return new Recipe(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The defaults under a preset's name: presets build their recipes from it, step by step. */
  public static Recipe of(String preset) {
    return new Recipe(preset, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public Recipe withLeagues(boolean l) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, tiers, stars, l, impute, outliers, panel, analyses, language, formulas);
  }

  public Recipe withNormalise(StepChoice n) {
    return new Recipe(preset, n, weights, aggregate, rescale, tiers, stars, leagues, impute, outliers, panel, analyses, language, formulas);
  }

  public Recipe withTiers(StepChoice t) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, t, stars, leagues, impute, outliers, panel, analyses, language, formulas);
  }

  public Recipe withStars(StepChoice s) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, tiers, s, leagues, impute, outliers, panel, analyses, language, formulas);
  }

  public Recipe withAggregate(StepChoice a) {
    return new Recipe(preset, normalise, weights, a, rescale, tiers, stars, leagues, impute, outliers, panel, analyses, language, formulas);
  }

  public Recipe withImpute(StepChoice i) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, tiers, stars, leagues, i, outliers, panel, analyses, language, formulas);
  }

  public Recipe withOutliers(StepChoice t) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, tiers, stars, leagues, impute, t, panel, analyses, language, formulas);
  }

  public Recipe withWeights(StepChoice w) {
    return new Recipe(preset, normalise, w, aggregate, rescale, tiers, stars, leagues, impute, outliers, panel, analyses, language, formulas);
  }

  public Recipe withPanel(StepChoice p) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, tiers, stars, leagues, impute, outliers, p, analyses, language, formulas);
  }

  public Recipe withAnalyses(java.util.Map<String, StepChoice> a) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, tiers, stars, leagues, impute, outliers, panel, a, language, formulas);
  }

  public Recipe withFormulas(boolean f) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, tiers, stars, leagues, impute, outliers, panel, analyses, language, f);
  }

  public Recipe withRescale(StepChoice r) {
    return new Recipe(preset, normalise, weights, aggregate, r, tiers, stars, leagues, impute, outliers, panel, analyses, language, formulas);
  }
}
