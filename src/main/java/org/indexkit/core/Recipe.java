package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One value per pipeline step: everything needed, with the data and the tree, to reproduce a result.
 * Serialised as JSON (Jackson) and, key by key, as the {@code Recipe} sheet. Null steps take defaults.
 *
 * @param preset the named recipe this started from (information only)
 * @param leagues normalise, rank and tier each Group on its own (GIHI's mini-hubs)
 * @param impute what happens to missing values (default none: each missing cell is an error)
 * @param outliers treatment of extreme values before normalising (default none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recipe(
    String preset,
    Normalisation normalise,
    Weighting weights,
    Aggregation aggregate,
    Rescale rescale,
    Tiering tiers,
    Tiering stars,
    Boolean leagues,
    Imputation impute,
    Treatment outliers) {

  public Recipe {
    normalise = normalise == null ? new Normalisation(null, null, null) : normalise;
    weights = weights == null ? new Weighting(null) : weights;
    aggregate = aggregate == null ? new Aggregation(null) : aggregate;
    rescale = rescale == null ? Rescale.NONE : rescale;
    tiers = tiers == null ? Tiering.NONE : tiers;
    stars = stars == null ? Tiering.NONE : stars;
    leagues = leagues != null && leagues;
    impute = impute == null ? Imputation.NONE : impute;
    outliers = outliers == null ? Treatment.NONE : outliers;
  }

  public Recipe(String preset, Normalisation normalise, Weighting weights, Aggregation aggregate, Rescale rescale,
                Tiering tiers, Tiering stars, Boolean leagues) {
    this(preset, normalise, weights, aggregate, rescale, tiers, stars, leagues, null, null);
  }

  public static Recipe defaults() {
    return new Recipe(null, null, null, null, null, null, null, null, null, null);
  }

  /** The defaults under a preset's name: presets build their recipes from it, step by step. */
  public static Recipe of(String preset) {
    return new Recipe(preset, null, null, null, null, null, null, null, null, null);
  }

  public Recipe withLeagues(boolean l) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, tiers, stars, l, impute, outliers);
  }

  public Recipe withNormalise(Normalisation n) {
    return new Recipe(preset, n, weights, aggregate, rescale, tiers, stars, leagues, impute, outliers);
  }

  public Recipe withTiers(Tiering t) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, t, stars, leagues, impute, outliers);
  }

  public Recipe withStars(Tiering s) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, tiers, s, leagues, impute, outliers);
  }

  public Recipe withAggregate(Aggregation a) {
    return new Recipe(preset, normalise, weights, a, rescale, tiers, stars, leagues, impute, outliers);
  }

  public Recipe withImpute(Imputation i) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, tiers, stars, leagues, i, outliers);
  }

  public Recipe withOutliers(Treatment t) {
    return new Recipe(preset, normalise, weights, aggregate, rescale, tiers, stars, leagues, impute, t);
  }

  public Recipe withWeights(Weighting w) {
    return new Recipe(preset, normalise, w, aggregate, rescale, tiers, stars, leagues, impute, outliers);
  }

  public Recipe withRescale(Rescale r) {
    return new Recipe(preset, normalise, weights, aggregate, r, tiers, stars, leagues, impute, outliers);
  }
}
