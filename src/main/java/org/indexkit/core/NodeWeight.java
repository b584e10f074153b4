package org.indexkit.core;

/**
 * The weight a node finally got, and how.
 *
 * @param local weight among its siblings after defaults and renormalisation (sums to 1 per parent)
 * @param effective product of the local weights from the root down: the node's share of the index
 * @param derivation in words, e.g. "given 0.35" or "equal split of 4 siblings"
 * @param segment the league/year these weights belong to when they were derived from its data; null for
 *     weights that hold everywhere
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record NodeWeight(String code, String name, String parent, int depth, boolean leaf,
                         double local, double effective, String derivation, String segment) {}
