#!/usr/bin/env python3
"""Fit the entity-evidence weights (modeling-core EvidenceWeights.STANDARD) on a labelled corpus.

  java ... dev.schemawright.modeling.eval.EvidenceFeatures CORPUS_INPUTS > features.tsv
  tools/fit-evidence.py features.tsv GOLD_DIR [--l2 1.0]

A prose noun is labelled a table when its name matches a table of the reference plan (the scorer's name folding:
singular, snake_case, a few synonyms). Prints the coefficients as Java for EvidenceWeights. Fit on the dev corpus only;
the check corpus judges the result and is never fitted on.
"""
import argparse
import csv
import json
import math
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
import score  # noqa: E402  (the eval's own name folding)

import numpy as np  # noqa: E402


def load(path, gold_dir):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    header, rows = rows[0], rows[1:]
    features = header[3:]
    gold = {}
    X, y, meta = [], [], []
    for r in rows:
        project, name = r[0], r[1]
        if project not in gold:
            g = json.load(open(os.path.join(gold_dir, project, "gold.json")))
            gold[project] = {score.key(t["name"]) for t in g["tables"] if not t.get("managed_by_auth")}
        k = score.key(name)
        label = k in gold[project] or any(score.synonyms(k, gk) for gk in gold[project])
        X.append([float(v) for v in r[3:]])
        y.append(1.0 if label else 0.0)
        meta.append((project, name))
    return features, np.array(X), np.array(y), meta


def fit(X, y, l2, iterations=4000, rate=0.1):
    w = np.zeros(X.shape[1])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (p - y) / len(y) + l2 * w / len(y)
        g[-1] -= l2 * w[-1] / len(y)  # the bias is not shrunk
        w -= rate * g
    return w


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("features")
    ap.add_argument("gold_dir")
    ap.add_argument("--l2", type=float, default=1.0)
    a = ap.parse_args()
    names, X, y, _ = load(a.features, a.gold_dir)
    w = fit(X, y, a.l2)
    print(f"# {len(y)} nouns, {int(y.sum())} tables of the reference plans, l2={a.l2}")
    entries = ", ".join(f'Map.entry("{n}", {v:.2f})' for n, v in zip(names, w))
    print("Map.ofEntries(" + entries + ")")


if __name__ == "__main__":
    main()
