package org.indexkit.analysis.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.Indicator;

/**
 * The recipe and tree a verdict hands back, to re-score the published parent from its published children through the
 * normal scoring path: the children as indicators used as given ({@code normalise = none}) under the parent, weighted by the
 * snapped (else fitted) weights; a weighted mean aggregates arithmetically, a geometric mean geometrically; an affine map
 * a + Σ b·x is the weighted mean s with weights b/B (B = Σ b), rescaled by min-max to [a + B·min s, a + B·max s] over
 * the rows whose children are all printed — the same map, written as a level rescaled on its own (GIHI).
 *
 * @param weightTexts each child's weight as an Indicators sheet writes it ("0.35", "2/15", "0.339030")
 */
public record FitRecipe(List<Indicator> tree, List<String> weightTexts, Map<String, String> settings) {

  /** The recipe of the verdict, null when no variant fits within rounding. */
  public static FitRecipe of(PublishedFit.Result r, List<PrintedColumn> children) {
    if (r.verdict() == null) return null;
    List<String> texts = new ArrayList<>();
    double[] w;
    if (r.snapped() != null) {
      w = r.snapped().stream().mapToDouble(SimpleFractions.Fraction::value).toArray();
      r.snapped().forEach(f -> texts.add(f.toString()));
    } else {
      w = r.verdict().weights().clone();
      double sum = java.util.Arrays.stream(w).sum();
      for (int i = 0; i < w.length; i++) {
        w[i] /= sum;
        texts.add(String.format(java.util.Locale.ROOT, "%.6f", w[i]));
      }
      for (int i = 0; i < w.length; i++) w[i] = Double.parseDouble(texts.get(i)); // the sheet's weights are what it shows
    }
    List<Indicator> tree = new ArrayList<>(List.of(Indicator.node(r.parent(), r.parent(), null, null, null)));
    for (int i = 0; i < w.length; i++)
      tree.add(new Indicator(r.children().get(i), r.children().get(i), null, r.parent(), w[i], null, null, null, null, null, null, null));
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("normalise", "none");
    settings.put("aggregate", r.verdict().variant() == FitVariant.GEOMETRIC ? "geometric" : "arithmetic");
    if (r.verdict().variant() == FitVariant.AFFINE) {
      double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, slopes = java.util.Arrays.stream(r.verdict().weights()).sum();
      for (int row = 0; row < children.get(0).values().length; row++) {
        double sum = 0;
        for (int c = 0; c < w.length; c++) sum += w[c] * children.get(c).values()[row];
        if (Double.isNaN(sum)) continue;
        lo = Math.min(lo, sum);
        hi = Math.max(hi, sum);
      }
      settings.put("rescale", "min-max");
      settings.put("rescale.min", Double.toString(r.verdict().intercept() + slopes * lo));
      settings.put("rescale.max", Double.toString(r.verdict().intercept() + slopes * hi));
    }
    return new FitRecipe(List.copyOf(tree), List.copyOf(texts), Map.copyOf(settings));
  }
}
