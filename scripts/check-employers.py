#!/usr/bin/env python3
"""Check rules/employers.yaml against the shape the loader expects.

Checks: the top-level keys (table, version, sources, employers); each entry's keys and their types;
unique ids; every `broader` id defined in the file; no cycle through `broader`; no two names, acronyms
or display names equal after folding (docs/rules-format.md), across the whole table; acronyms are
single words; every organisation (non-class entry) reaches international_organization or one of
ngo, government, private_sector, academia by `broader` links. Prints counts. Exit status 1 on any
error, with one line per error.

Usage: scripts/check-employers.py [path]   (default: rules/employers.yaml next to this script)
"""
import os
import re
import sys

try:
    import yaml

    from rule_text import fold, load_unique
except ImportError:  # the file is data for a C++ loader; PyYAML is only this check's convenience
    sys.exit("check-employers: PyYAML is needed (python3 -m pip install pyyaml, or apt-get install python3-yaml)")

ENTRY_KEYS = {"id", "name", "class", "names", "acronyms", "broader"}
TOP_KEYS = {"table", "version", "sources", "employers"}
ROOTS = {"international_organization", "ngo", "government", "private_sector", "academia"}
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
ACRONYM_RE = re.compile(r"^[A-Za-z0-9]+$")



def check(path):
    errors = []
    with open(path, encoding="utf-8") as f:
        try:
            doc = load_unique(f)
        except yaml.YAMLError as e:
            return ["%s: %s" % (path, e)], None

    if not isinstance(doc, dict):
        return ["%s: the file is not a map" % path], None
    for key in sorted(set(doc) - TOP_KEYS):
        errors.append("unknown top-level key %r" % key)
    for key in sorted(TOP_KEYS - set(doc)):
        errors.append("missing top-level key %r" % key)
    if doc.get("table") != "employers":
        errors.append("table must be 'employers' (the file name), not %r" % doc.get("table"))
    if not isinstance(doc.get("version"), str):
        errors.append("version must be a string")
    sources = doc.get("sources")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and s.strip() for s in sources):
        errors.append("sources must be a non-empty list of strings")
    entries = doc.get("employers")
    if not isinstance(entries, list) or not entries:
        errors.append("employers must be a non-empty list")
        return errors, None

    by_id = {}
    folded = {}  # folded string -> (id, field, original)
    for i, e in enumerate(entries):
        where = "employers[%d]" % i
        if not isinstance(e, dict):
            errors.append("%s: not a map" % where)
            continue
        eid = e.get("id")
        if isinstance(eid, str):
            where = "employers[%d] (%s)" % (i, eid)
        for key in sorted(set(e) - ENTRY_KEYS, key=str):
            errors.append("%s: unknown key %r" % (where, key))
        if not isinstance(eid, str) or not ID_RE.match(eid):
            errors.append("%s: id must be a snake_case string, not %r" % (where, eid))
            continue
        if eid in by_id:
            errors.append("%s: duplicate id %r" % (where, eid))
            continue
        by_id[eid] = e
        if not isinstance(e.get("name"), str) or not e["name"].strip():
            errors.append("%s: name must be a non-empty string" % where)
        if "class" in e and not isinstance(e["class"], bool):
            errors.append("%s: class must be true or false, not %r" % (where, e["class"]))
        for field in ("names", "acronyms", "broader"):
            if field in e:
                v = e[field]
                if not isinstance(v, list) or not v:
                    errors.append("%s: %s must be a non-empty list" % (where, field))
                    continue
                for item in v:
                    if not isinstance(item, str) or not item.strip():
                        errors.append("%s: %s holds %r, not a non-empty string" % (where, field, item))
        for a in e.get("acronyms", []) if isinstance(e.get("acronyms"), list) else []:
            if isinstance(a, str) and not ACRONYM_RE.match(a):
                errors.append("%s: acronym %r is not one word of letters and digits" % (where, a))
        strings = [("name", e.get("name"))]
        strings += [("names", n) for n in (e.get("names") if isinstance(e.get("names"), list) else [])]
        strings += [("acronyms", a) for a in (e.get("acronyms") if isinstance(e.get("acronyms"), list) else [])]
        for field, text in strings:
            if not isinstance(text, str):
                continue
            key = fold(text)
            if not key:
                errors.append("%s: %s %r folds to nothing" % (where, field, text))
                continue
            if key in folded:
                oid, ofield, otext = folded[key]
                errors.append("%s: %s %r folds like %s %r of %s (%r)" % (where, field, text, ofield, otext, oid, key))
            else:
                folded[key] = (eid, field, text)

    for eid, e in by_id.items():
        for b in e.get("broader", []) if isinstance(e.get("broader"), list) else []:
            if b not in by_id:
                errors.append("%s: broader id %r is not defined" % (eid, b))
            elif b == eid:
                errors.append("%s: broader names itself" % eid)
            if isinstance(b, str) and e.get("broader").count(b) > 1:
                errors.append("%s: broader lists %r twice" % (eid, b))

    def parents(eid):
        return [b for b in (by_id[eid].get("broader") or []) if b in by_id]

    # cycles: depth-first search with colours
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {eid: WHITE for eid in by_id}
    reported = set()

    def visit(eid, stack):
        colour[eid] = GREY
        stack.append(eid)
        for p in parents(eid):
            if colour[p] == GREY:
                cycle = tuple(stack[stack.index(p):] + [p])
                if frozenset(cycle) not in reported:
                    reported.add(frozenset(cycle))
                    errors.append("broader cycle: %s" % " -> ".join(cycle))
            elif colour[p] == WHITE:
                visit(p, stack)
        stack.pop()
        colour[eid] = BLACK

    sys.setrecursionlimit(10000)
    for eid in by_id:
        if colour[eid] == WHITE:
            visit(eid, [])

    def ancestors(eid):
        seen, todo = set(), [eid]
        while todo:
            for p in parents(todo.pop()):
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        return seen

    for eid, e in by_id.items():
        if e.get("class") is True:
            continue
        if not (ancestors(eid) & ROOTS):
            errors.append("%s: an organisation that reaches none of %s" % (eid, ", ".join(sorted(ROOTS))))

    counts = {
        "entries": len(by_id),
        "classes": sum(1 for e in by_id.values() if e.get("class") is True),
        "organisations": sum(1 for e in by_id.values() if e.get("class") is not True),
        "names": sum(len(e.get("names") or []) for e in by_id.values()),
        "acronyms": sum(len(e.get("acronyms") or []) for e in by_id.values()),
        "sources": len(sources) if isinstance(sources, list) else 0,
    }
    return errors, counts


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "rules", "employers.yaml")
    errors, counts = check(path)
    for err in errors:
        print("check-employers: %s" % err, file=sys.stderr)
    if counts:
        print("entries %(entries)d, classes %(classes)d, organisations %(organisations)d, "
              "names %(names)d, acronyms %(acronyms)d, sources %(sources)d" % counts)
    if errors:
        print("check-employers: %d error(s)" % len(errors), file=sys.stderr)
        return 1
    print("check-employers: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
