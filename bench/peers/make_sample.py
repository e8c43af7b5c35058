#!/usr/bin/env python3
"""Writes a sample input for the peers, in the exporter's contract, and the
expected verdicts computed by a plain reference implementation.

    make_sample.py DIR [--vacancies 3] [--candidates 2000] [--seed 1]
    make_sample.py DIR --edge      (a few hand-picked edge cases instead)

writes DIR/rules.json, DIR/facts.jsonl and DIR/expected.tsv
(`candidate<TAB>vacancy<TAB>verdict`, in facts.jsonl's order).
Measures are drawn to hit every branch: unknown via known=0, unknown via the
optimistic measure, cap exceeded, met, not met, and values within and just
outside eps of need and cap. Every leaf of the last vacancy has a cap;
desirable leaves (not in minimum) get any values, even failing ones.
"""
import argparse
import json
import os
import random
from collections import Counter

EPS = 1e-9
NO_MINIMUM = -1e308


def leaf_branch(need, cap, proven, optimistic, known):
    """The leaf verdict, then why: the reference semantics, branch by branch."""
    if known == 0:
        return "unknown (not known)"
    if cap is not None and proven > cap + EPS:
        return "not_met (over cap)"
    if proven >= need - EPS:
        return "met"
    if optimistic >= need - EPS:
        return "unknown (optimistic)"
    return "not_met (short)"


def leaf_verdict(*args):
    return leaf_branch(*args).split()[0]


def pair_verdict(vacancy, fact):
    leaves = vacancy["leaves"]
    verdicts = [leaf_verdict(leaves[i]["need"], leaves[i]["cap"], fact["proven"][i],
                             fact["optimistic"][i], fact["known"][i])
                for i in vacancy["minimum"]]
    if "not_met" in verdicts:
        return "not_eligible"
    if "unknown" in verdicts:
        return "needs_review"
    return "eligible"


def make_vacancy(rng, n):
    leaves = []
    for i in range(rng.randint(3, 9)):
        kind = rng.random()
        if kind < 0.15:
            need, cap = NO_MINIMUM, float(rng.randint(1, 60))  # only a cap
        else:
            need = rng.choice([0, 1, 2, 3, 5, 7, 24, 36, 60, 1.5, 2.25])
            cap = None if rng.random() < 0.6 else need + rng.choice([0, 12, 24.5])
        leaves.append({"leaf": i, "need": need, "cap": cap})
    k = len(leaves)
    minimum = sorted(rng.sample(range(k), rng.randint(1, k)))
    return {"vacancy": f"v-{n:03d}", "leaves": leaves, "minimum": minimum}


def make_measures(rng, leaf):
    """proven, optimistic, known for one leaf, favouring the edges."""
    need, cap = leaf["need"], leaf["cap"]
    base = 10.0 if need == NO_MINIMUM else need
    branch = rng.random()
    if branch < 0.55:  # comfortably met (within any cap)
        proven = base + rng.choice([0, 0.5, 1, 3])
        if cap is not None:
            proven = min(proven, cap)
    elif branch < 0.65:  # at need, within or just beyond eps
        proven = base - rng.choice([0.5e-9, 0.9e-9, 2e-9, 1e-6])
    elif branch < 0.75 and cap is not None:  # at or above the cap
        proven = cap + rng.choice([0.5e-9, 2e-9, 0.25, 12])
    else:  # short of need
        proven = base - rng.choice([0.5, 1, 6, 24])
    optimistic = proven + rng.choice([0, 0, 0.5e-9, 1, 3, 12, 48])
    known = 0 if rng.random() < 0.04 else 1
    if rng.random() < 0.3:  # integers as the exporter may write them
        proven, optimistic = round(proven), round(optimistic)
    return proven, optimistic, known


# Hand-picked edge cases: no minimum leaf, need -1e308 without cap, values
# 0.9e-9 and 1.1e-9 either side of need and cap, known=0 on any leaf.
EDGE_VACANCIES = [
    {"vacancy": "v-empty", "leaves": [{"leaf": 0, "need": 5, "cap": None}], "minimum": []},
    {"vacancy": "v-open", "leaves": [{"leaf": 0, "need": NO_MINIMUM, "cap": None},
                                     {"leaf": 1, "need": 2.5, "cap": 2.5}], "minimum": [0, 1]},
]
EDGE_PAIRS = [  # candidate, vacancy, proven, optimistic, known
    ("e-1", 0, [0], [0], [0]), ("e-2", 0, [9], [9], [1]),
    ("e-3", 1, [-1e300, 2.5 + 0.9e-9], [0, 3], [1, 1]),
    ("e-4", 1, [0, 2.5 + 1.1e-9], [0, 3], [1, 1]),
    ("e-5", 1, [0, 2.5 - 1.1e-9], [0, 2.5 - 1.1e-9], [1, 1]),
    ("e-6", 1, [0, 1], [0, 2.5 - 0.9e-9], [1, 1]),
    ("e-7", 1, [0, 1], [0, 2.5 - 0.9e-9], [0, 1]),
    ("e-8", 1, [0, 1e9], [0, 1e9], [1, 0]),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--vacancies", type=int, default=3)
    ap.add_argument("--candidates", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--edge", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.dir, exist_ok=True)

    if args.edge:
        vacancies = EDGE_VACANCIES
        pairs = [(c, vacancies[v], list(zip(p, o, k))) for c, v, p, o, k in EDGE_PAIRS]
    else:
        vacancies = [make_vacancy(rng, n + 1) for n in range(args.vacancies)]
        # the last vacancy: every leaf has a cap
        for leaf in vacancies[-1]["leaves"]:
            if leaf["cap"] is None:
                leaf["cap"] = leaf["need"] + 6
        pairs = ((f"g-{c + 1}", v, [make_measures(rng, leaf) for leaf in v["leaves"]])
                 for c in range(args.candidates) for v in vacancies)
    with open(os.path.join(args.dir, "rules.json"), "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(v) for v in vacancies) + "\n]\n")

    counts = Counter()
    with open(os.path.join(args.dir, "facts.jsonl"), "w") as facts, \
         open(os.path.join(args.dir, "expected.tsv"), "w") as expected:
        for candidate, v, m in pairs:
            fact = {"candidate": candidate, "vacancy": v["vacancy"],
                    "proven": [x[0] for x in m],
                    "optimistic": [x[1] for x in m],
                    "known": [x[2] for x in m]}
            facts.write(json.dumps(fact) + "\n")
            verdict = pair_verdict(v, fact)
            counts[verdict] += 1
            counts["pairs"] += 1
            expected.write(f"{candidate}\t{v['vacancy']}\t{verdict}\n")
            for i in v["minimum"]:
                leaf = v["leaves"][i]
                counts["leaf " + leaf_branch(leaf["need"], leaf["cap"], *m[i])] += 1
    print(f"{args.dir}:",
          ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
