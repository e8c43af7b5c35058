#!/usr/bin/env python3
"""Places the field and area terms of real vacancy notices in rules/fields.yaml and
rules/skills.yaml, and counts what is placed (docs/posting-terms.md).

A term is placed when its folded words (scripts/rule_text.py fold(), the engine's folding) equal a
name of an entry of its table: a field's name or one of its names (the entry is its ISCED-F code),
or a concept's id or one of its names (the entry is its id). That is the engine's own lookup
(FieldTable::place, SkillTaxonomy::find): no word-level, plural or partial matching is done, so
none is done here.

The terms file (tests/data/posting-terms.yaml) is a list of
  {posting: <notice file stem>, term: "<words>", table: fields|skills,
   placed_before: <entry or null>, placed_after: <entry or null>, left_to_person: "<why>"}
placed_before records the tables before the coverage work (git revision BEFORE_REV), placed_after
the tables now; left_to_person says why a term is deliberately not placed.

Checks, exit status 1 on any failure, one line per problem on stderr:
- the two tables: the shape the loader reads (keys, ISCED-F codes of 2 to 4 digits, each code's
  parent present), no name folding like a name of another entry, every `broader` a name of the
  file, no cycle through `broader`;
- the terms file: known keys, table fields or skills, no term listed twice for one notice;
- every term whose placed_after is an entry still resolves to that entry;
- every term that resolves to nothing has a left_to_person reason.
With --rev REV the tables are read from that git revision and compared with placed_before instead.

Usage:
  scripts/posting-terms.py                 counts now and as recorded before; checks (exit 1 on a problem)
  scripts/posting-terms.py --rev REV       places the terms in the tables of git revision REV and
                                           compares with placed_before
  scripts/posting-terms.py --write         writes the placement now into placed_after
  scripts/posting-terms.py --rev REV --write    writes the placement at REV into placed_before
  --terms FILE      another terms file (default tests/data/posting-terms.yaml)
  --rules DIR       another rules folder (default rules/)
  --postings DIR    also lists the terms whose folded words do not occur in their notice's folded
                    text (the notices are not in the repository: ../shared/postings)
  --unplaced        also lists every term that is not placed, with its reason
"""
import argparse
import collections
import json
import pathlib
import re
import signal
import subprocess
import sys

try:
    import yaml

    from rule_text import fold, load_unique
except ImportError:
    sys.exit("posting-terms: PyYAML is needed (python3 -m pip install pyyaml, or apt-get install python3-yaml)")

ROOT = pathlib.Path(__file__).resolve().parent.parent
BEFORE_REV = "6dc9646"  # the last commit before the coverage work (issue 11)
TERM_KEYS = {"posting", "term", "table", "placed_before", "placed_after", "left_to_person"}
TABLES = {"fields": ("fields.yaml", "fields"), "skills": ("skills.yaml", "concepts")}
CODE = re.compile(r"^[0-9]{2,4}$")
HEADER = """\
# Field and area terms of the requirement sentences (education, experience, skills and knowledge,
# required and desirable) of the 20 real notices of ../shared/postings, one entry per term and notice.
# Method, counts and the reasons for the terms left to a person: docs/posting-terms.md.
# term: the notice's words; a coordinated phrase is given as its terms ("gender/women's studies" as
#   "gender studies" and "women's studies") and a verb phrase as the noun phrase it names.
# table: where the term belongs (fields: a field of study of a degree; skills: an experience,
#   skill or knowledge area).
# placed_before / placed_after: the entry (ISCED-F code, concept id) the term's folded words name in
#   the table of revision {rev} (before) and now (after); null when none. A term left to a person has
#   placed_after null even where its words name an entry in another sense ("programming").
# left_to_person: why the term is deliberately not placed.
# Recompute and check: scripts/posting-terms.py (placed_after), scripts/posting-terms.py --rev {rev}
# (placed_before); --write rewrites the columns.
""".format(rev=BEFORE_REV)


def read_table_text(name, rules_dir, rev):
    if rev is None:
        return (rules_dir / name).read_text(encoding="utf-8")
    return subprocess.run(["git", "-C", str(ROOT), "show", "%s:rules/%s" % (rev, name)],
                          check=True, capture_output=True, text=True).stdout


def check_fields(doc, errors):
    """Folded name -> code for rules/fields.yaml, appending shape errors."""
    index, where, codes = {}, {}, set()
    for key in sorted(set(doc) - {"table", "version", "sources", "fields"}):
        errors.append("fields.yaml: unknown top-level key %r" % key)
    for i, e in enumerate(doc.get("fields") or []):
        if not isinstance(e, dict):
            errors.append("fields.yaml: fields[%d] is not a map" % i)
            continue
        code = e.get("code")
        for key in sorted(set(e) - {"code", "name", "names"}):
            errors.append("fields.yaml: %s: unknown key %r" % (code, key))
        if not isinstance(code, str) or not CODE.match(code):
            errors.append("fields.yaml: fields[%d]: code %r is not 2 to 4 digits" % (i, code))
            continue
        if code in codes:
            errors.append("fields.yaml: code %s is listed twice" % code)
        codes.add(code)
        if len(code) > 2 and code[:len(code) - 1] not in codes:
            errors.append("fields.yaml: %s comes before (or without) its parent %s" % (code, code[:-1]))
        names = [e.get("name")] + list(e.get("names") or [])
        for n in names:
            if not isinstance(n, str) or not fold(n):
                errors.append("fields.yaml: %s: name %r is not a non-empty text" % (code, n))
                continue
            k = fold(n)
            if k in index and index[k] != code:
                errors.append("fields.yaml: %s: name %r folds like %r of %s" % (code, n, where[k], index[k]))
                continue
            index[k], where[k] = code, n
    return index


def check_skills(doc, errors):
    """Folded name -> id for rules/skills.yaml, appending shape, broader and cycle errors."""
    index, where, broader = {}, {}, {}
    for key in sorted(set(doc) - {"table", "version", "sources", "concepts", "ignore_words"}):
        errors.append("skills.yaml: unknown top-level key %r" % key)
    for i, e in enumerate(doc.get("concepts") or []):
        if not isinstance(e, dict) or not isinstance(e.get("id"), str) or not fold(e["id"]):
            errors.append("skills.yaml: concepts[%d] has no id" % i)
            continue
        cid = e["id"]
        for key in sorted(set(e) - {"id", "names", "broader"}):
            errors.append("skills.yaml: %s: unknown key %r" % (cid, key))
        if cid in broader:
            errors.append("skills.yaml: id %r is given twice" % cid)
        broader[cid] = list(e.get("broader") or [])
        for n in [cid] + list(e.get("names") or []):
            if not isinstance(n, str) or not fold(n):
                errors.append("skills.yaml: %s: name %r is not a non-empty text" % (cid, n))
                continue
            k = fold(n)
            if k in index and index[k] != cid:
                errors.append("skills.yaml: %s: name %r folds like %r of %s" % (cid, n, where[k], index[k]))
                continue
            index[k], where[k] = cid, n
    parents = {}
    for cid, names in broader.items():
        parents[cid] = []
        for b in names:
            if not isinstance(b, str) or fold(b) not in index:
                errors.append("skills.yaml: %s: broader concept %r is not in the file" % (cid, b))
            elif index[fold(b)] == cid:
                errors.append("skills.yaml: %s: broader names itself" % cid)
            else:
                parents[cid].append(index[fold(b)])
    state = {}

    def visit(cid, path):
        state[cid] = 1
        for p in parents[cid]:
            if state.get(p) == 1:
                errors.append("skills.yaml: broader cycle %s" % " -> ".join(path[path.index(p):] + [p]))
            elif p not in state:
                visit(p, path + [p])
        state[cid] = 2

    sys.setrecursionlimit(10000)
    for cid in parents:
        if cid not in state:
            visit(cid, [cid])
    return index


def load_indexes(rules_dir, rev, errors):
    indexes = {}
    for table, (name, _) in TABLES.items():
        try:
            doc = load_unique(read_table_text(name, rules_dir, rev))
        except (yaml.YAMLError, OSError, subprocess.CalledProcessError) as e:
            errors.append("%s: %s" % (name, e))
            indexes[table] = {}
            continue
        if not isinstance(doc, dict) or doc.get("table") != table:
            errors.append("%s: not a %s table" % (name, table))
            indexes[table] = {}
            continue
        indexes[table] = (check_fields if table == "fields" else check_skills)(doc, errors)
    return indexes


def load_terms(path, errors):
    with open(path, encoding="utf-8") as f:
        terms = load_unique(f) or []
    seen = set()
    for i, t in enumerate(terms):
        where = "%s: entry %d" % (path.name, i + 1)
        if not isinstance(t, dict):
            errors.append("%s is not a map" % where)
            continue
        for key in sorted(set(t) - TERM_KEYS):
            errors.append("%s: unknown key %r" % (where, key))
        for key in ("posting", "term", "table"):
            if not isinstance(t.get(key), str) or not t[key].strip():
                errors.append("%s: %s must be a text" % (where, key))
        if t.get("table") not in TABLES:
            errors.append("%s: table must be fields or skills, not %r" % (where, t.get("table")))
        if "left_to_person" in t and (not isinstance(t["left_to_person"], str) or not t["left_to_person"].strip()):
            errors.append("%s: left_to_person must be a reason" % where)
        key = (t.get("posting"), t.get("table"), fold(str(t.get("term"))))
        if key in seen:
            errors.append("%s: %r is listed twice for %s" % (where, t.get("term"), t.get("posting")))
        seen.add(key)
    return [t for t in terms if isinstance(t, dict)]


def write_terms(path, terms):
    out, last = [HEADER], None
    for t in terms:
        if t["posting"] != last:
            out.append("\n# %s\n" % t["posting"])
            last = t["posting"]
        lines = ["- posting: %s" % t["posting"], "  term: %s" % json.dumps(t["term"], ensure_ascii=False),
                 "  table: %s" % t["table"]]
        for key in ("placed_before", "placed_after"):
            v = t.get(key)
            lines.append("  %s: %s" % (key, "null" if v is None else json.dumps(v, ensure_ascii=False)))
        if t.get("left_to_person"):
            lines.append("  left_to_person: %s" % json.dumps(t["left_to_person"], ensure_ascii=False))
        out.append("\n".join(lines) + "\n")
    path.write_text("".join(out), encoding="utf-8")


def counts(terms, column):
    """(terms, placed) overall, per table and per posting, for a column or a callable."""
    get = column if callable(column) else (lambda t: t.get(column))
    total = collections.Counter()
    placed = collections.Counter()
    for t in terms:
        for key in ("all", "table:" + t["table"], t["posting"]):
            total[key] += 1
            if get(t) is not None:
                placed[key] += 1
    return total, placed


def report(terms, now, now_label):
    total, before = counts(terms, "placed_before")
    _, after = counts(terms, lambda t: now[id(t)])
    left = collections.Counter()
    for t in terms:
        if now[id(t)] is None and t.get("left_to_person"):
            for key in ("all", "table:" + t["table"], t["posting"]):
                left[key] += 1
    print("%-72s %5s %14s %14s %8s" % ("", "terms", "unplaced before", "unplaced " + now_label, "of them left"))
    keys = ["all", "table:fields", "table:skills"] + sorted({t["posting"] for t in terms})
    for key in keys:
        n = total[key]
        print("%-72s %5d %14d %14d %8d" % (key, n, n - before[key], n - after[key], left[key]))


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the report quietly
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--terms", type=pathlib.Path, default=ROOT / "tests" / "data" / "posting-terms.yaml")
    ap.add_argument("--rules", type=pathlib.Path, default=ROOT / "rules")
    ap.add_argument("--rev")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--postings", type=pathlib.Path)
    ap.add_argument("--unplaced", action="store_true")
    args = ap.parse_args()

    errors = []
    indexes = load_indexes(args.rules, args.rev, errors)
    terms = load_terms(args.terms, errors)
    column = "placed_before" if args.rev else "placed_after"
    now, names = {}, {}  # now: the placement; names: the entry the folded words name
    for t in terms:
        index = indexes.get(t.get("table"), {})
        names[id(t)] = index.get(fold(str(t.get("term"))))
        # a term left to a person is not placed now even where its words name an entry (a homonym);
        # before the work the words alone counted, so placed_before records what they named
        now[id(t)] = None if (not args.rev and t.get("left_to_person")) else names[id(t)]

    if args.write:
        for t in terms:
            t[column] = now[id(t)]
        write_terms(args.terms, terms)
        print("posting-terms: wrote %s into %s" % (column, args.terms))

    for t in terms:
        label = "%s %r (%s)" % (t.get("posting"), t.get("term"), t.get("table"))
        recorded = t.get(column)
        if recorded is not None and now[id(t)] != recorded:
            errors.append("%s: %s is %r but the term %s" % (
                label, column, recorded,
                "resolves to %r" % now[id(t)] if now[id(t)] else "no longer resolves"))
        if not args.rev and now[id(t)] is None and not t.get("left_to_person"):
            errors.append("%s: not placed, and no left_to_person reason" % label)
        if not args.rev and recorded is None and now[id(t)] is not None:
            errors.append("%s: resolves to %r but placed_after is null (rerun with --write)" % (label, now[id(t)]))

    report(terms, now, "at " + args.rev if args.rev else "now")
    homonyms = [t for t in terms if t.get("left_to_person") and names[id(t)] is not None]
    if homonyms:
        print("\nleft to a person although a name of the table matches (another sense of the words):")
        for t in homonyms:
            print("  %s %r -> %r: %s" % (t["posting"], t["term"], names[id(t)], t["left_to_person"]))
    if args.unplaced:
        print("\nnot placed:")
        for t in terms:
            if now[id(t)] is None:
                print("  %s %s %r: %s" % (t["posting"], t["table"], t["term"], t.get("left_to_person", "-")))
    if args.postings:
        missing = []
        for stem in sorted({t["posting"] for t in terms}):
            path = args.postings / (stem + ".txt")
            text = fold(path.read_text(encoding="utf-8")) if path.exists() else None
            for t in terms:
                if t["posting"] == stem and (text is None or fold(t["term"]) not in text):
                    missing.append(t)
        print("\nterms whose folded words are not in their notice's folded text (expanded or reworded): %d"
              % len(missing))
        for t in missing:
            print("  %s %r" % (t["posting"], t["term"]))

    for e in errors:
        print("posting-terms: %s" % e, file=sys.stderr)
    if errors:
        print("posting-terms: %d problem(s)" % len(errors), file=sys.stderr)
        return 1
    print("posting-terms: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
