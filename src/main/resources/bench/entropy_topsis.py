#!/usr/bin/env python3
"""The numpy peer of IndexKit's entropy + TOPSIS benchmark, written as a researcher would write it in plain,
vectorised numpy: min-max normalisation with cost columns mirrored, (max - x)/(max - min); entropy weights
across all indicators from the normalised values (0 ln 0 = 0, divergence 1 - e, w = d / sum d); TOPSIS
closeness with min-max inside, ideal and anti-ideal from the data, Euclidean distances; competition ranks
(ties share the best rank).

Usage: entropy_topsis.py MATRIX N P COSTS WARMUPS RUNS OUT
  MATRIX  float64 little-endian, row-major N x P      COSTS  comma-separated 0-based cost columns ("" = none)
  OUT     receives the closeness (float64) and then the ranks (int64), for IndexKit to compare
Prints {"ms": [each timed run], "numpy": version} as JSON: the time of the work only, not of the reading.
"""
import json
import sys
import time

import numpy as np


def index(x, cost):
    v = np.where(cost, -x, x)
    lo, hi = v.min(axis=0), v.max(axis=0)
    z = (v - lo) / (hi - lo)
    n = x.shape[0]
    p = z / z.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(p), 0.0)
    d = 1 + plogp.sum(axis=0) / np.log(n)
    w = d / d.sum()
    lo2, hi2 = z.min(axis=0), z.max(axis=0)
    t = (z - lo2) / (hi2 - lo2) * w
    dplus = np.sqrt(((t - t.max(axis=0)) ** 2).sum(axis=1))
    dminus = np.sqrt(((t - t.min(axis=0)) ** 2).sum(axis=1))
    c = dminus / (dplus + dminus)
    ranks = n - np.searchsorted(np.sort(c), c, side="right") + 1
    return c, ranks


def main():
    path, n, p, costs, warmups, runs, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5]), \
        int(sys.argv[6]), sys.argv[7]
    x = np.fromfile(path, dtype="<f8").reshape(n, p)
    cost = np.zeros(p, dtype=bool)
    if costs:
        cost[[int(j) for j in costs.split(",")]] = True
    for _ in range(warmups):
        index(x, cost)
    ms = []
    for _ in range(runs):
        t0 = time.perf_counter()
        c, ranks = index(x, cost)
        ms.append((time.perf_counter() - t0) * 1000)
    with open(out, "wb") as f:
        f.write(c.astype("<f8").tobytes())
        f.write(ranks.astype("<i8").tobytes())
    print(json.dumps({"ms": ms, "numpy": np.__version__}))


if __name__ == "__main__":
    main()
