package org.indexkit.core;

import java.util.List;

/**
 * What produced a result, for the Provenance sheet: the recipe as run, the IndexKit version, and
 * every method variant chosen (e.g. "z-score with sample sd (n − 1)"), so a result can be cited.
 *
 * @param source the published report a preset reproduces, or null
 */
public record Provenance(String version, Recipe recipe, String source, List<String> variants) {}
