#!/usr/bin/env python3
"""Checks rules/country-sets.yaml against rules/countries.yaml and prints the
size of every set.

Structure: only the keys table, version, sources, sets; table is
"country-sets"; version a string; sources a non-empty list of strings; sets a
map of snake_case ids (none equal to a two-letter code, none given twice) to
lists of codes of rules/countries.yaml, sorted, with no code twice.

Consistency of the sets that the file holds (a set the file leaves out is not
checked): the M49 regions are disjoint and cover every code but Antarctica
(AQ, in M49 with no region) and Taiwan (TW, not an M49 row); each sub-region
lies in its region and each intermediate region in its sub-region; ldc, lldc
and sids lie inside the M49 regions; the UN regional groups together hold 193
codes (the 193 Member States, the United States counted in WEOG) and only
Türkiye is in two groups. The OECD DAC columns dac_ldc, dac_other_lic,
dac_lmic and dac_umic are disjoint and developing is exactly their union;
developing holds no EU member and no former G8 member (the DAC's own rule), no
code outside the M49 regions, and of the WEOG only Türkiye; M49's ldc is
compared with dac_ldc (printed, not a failure: the two lists may be of
different dates). developing and the four columns come together: a file with
some of them and not all fails. The UNICEF programme regions are disjoint.

Usage: scripts/check-country-sets.py [RULES_DIR]    (exit 1 on any problem)
"""
import pathlib
import re
import sys

import yaml

from rule_text import load_unique

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEYS = {"table", "version", "sources", "sets"}
ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

M49_REGIONS = {
    "africa": {"northern_africa": [], "sub_saharan_africa": ["eastern_africa", "middle_africa",
                                                              "southern_africa", "western_africa"]},
    "americas": {"latin_america_and_the_caribbean": ["caribbean", "central_america", "south_america"],
                 "northern_america": []},
    "asia": {"central_asia": [], "eastern_asia": [], "south_eastern_asia": [], "southern_asia": [],
             "western_asia": []},
    "europe": {"eastern_europe": [], "northern_europe": ["channel_islands"], "southern_europe": [],
               "western_europe": []},
    "oceania": {"australia_and_new_zealand": [], "melanesia": [], "micronesia_region": [], "polynesia": []},
}
UN_GROUPS = ["african_group", "asia_pacific_group", "eastern_european_group",
             "latin_american_and_caribbean_group", "western_european_and_others_group"]
DAC_COLUMNS = ["dac_ldc", "dac_other_lic", "dac_lmic", "dac_umic"]
# Not ODA recipients whatever their income: the 27 EU members and the former G8 (the DAC List's rule)
EU_AND_G8 = set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "
                "CA JP RU GB US".split())
UNICEF_REGIONS = ["unicef_eapro", "unicef_ecaro", "unicef_esaro", "unicef_lacro", "unicef_menaro",
                  "unicef_rosa", "unicef_wcaro"]


def disjoint(names, clean, label, problems):
    seen = {}
    for name in names:
        for code in sorted(clean[name]):
            if code in seen:
                problems.append(f"{label}: {code} in both {seen[code]} and {name}")
            seen[code] = name
    return set(seen)




def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return load_unique(f)
    except (OSError, yaml.YAMLError) as e:
        sys.exit(f"{path}: {e}")


def main():
    rules = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "rules"
    problems = []
    countries = load(rules / "countries.yaml")
    codes = {str(e["code"]) for e in countries["countries"]}
    doc = load(rules / "country-sets.yaml")

    if not isinstance(doc, dict):
        sys.exit("country-sets.yaml: not a map")
    for key in sorted(set(doc) - KEYS):
        problems.append(f"unknown top-level key '{key}'")
    for key in sorted(KEYS - set(doc)):
        problems.append(f"missing top-level key '{key}'")
    if doc.get("table") != "country-sets":
        problems.append(f"table is {doc.get('table')!r}, not 'country-sets'")
    if not isinstance(doc.get("version"), str):
        problems.append("version is not a string")
    sources = doc.get("sources")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) for s in sources):
        problems.append("sources is not a non-empty list of strings")
    sets = doc.get("sets")
    if not isinstance(sets, dict) or not sets:
        problems.append("sets is not a non-empty map")
        sets = {}

    two_letter = {c.lower() for c in codes}
    clean = {}
    for set_id, members in sets.items():
        if not isinstance(set_id, str) or not ID.match(set_id):
            problems.append(f"set id {set_id!r} is not snake_case")
        elif len(set_id) == 2 or set_id in two_letter:
            problems.append(f"set id '{set_id}' could be read as a country code")
        if not isinstance(members, list) or not members:
            problems.append(f"{set_id}: not a non-empty list")
            continue
        if not all(isinstance(m, str) for m in members):
            problems.append(f"{set_id}: a member is not a string (quote codes such as \"NO\")")
            continue
        for m in members:
            if m not in codes:
                problems.append(f"{set_id}: '{m}' is not a code of countries.yaml")
        dups = sorted({m for m in members if members.count(m) > 1})
        if dups:
            problems.append(f"{set_id}: given twice: {', '.join(dups)}")
        if members != sorted(members):
            problems.append(f"{set_id}: not sorted")
        clean[set_id] = set(members)

    # M49 hierarchy
    present = [r for r in M49_REGIONS if r in clean]
    if present:
        covered = set()
        for region in present:
            overlap = covered & clean[region]
            if overlap:
                problems.append(f"{region}: also in another M49 region: {sorted(overlap)}")
            covered |= clean[region]
        if len(present) == len(M49_REGIONS):
            expected = codes - {"AQ", "TW"}
            if covered != expected:
                problems.append(f"M49 regions: missing {sorted(expected - covered)}, "
                                f"extra {sorted(covered - expected)}")
        for region in present:
            for sub, inters in M49_REGIONS[region].items():
                if sub in clean and not clean[sub] <= clean[region]:
                    problems.append(f"{sub}: outside {region}: {sorted(clean[sub] - clean[region])}")
                for inter in inters:
                    if inter in clean and sub in clean and not clean[inter] <= clean[sub]:
                        problems.append(f"{inter}: outside {sub}: {sorted(clean[inter] - clean[sub])}")
        for grouping in ("ldc", "lldc", "sids"):
            if grouping in clean and len(present) == len(M49_REGIONS) and not clean[grouping] <= covered:
                problems.append(f"{grouping}: outside the M49 regions: {sorted(clean[grouping] - covered)}")

    # UN regional groups
    if all(g in clean for g in UN_GROUPS):
        union = set().union(*(clean[g] for g in UN_GROUPS))
        if len(union) != 193:
            problems.append(f"UN regional groups hold {len(union)} codes, not 193")
        multi = sorted(c for c in union if sum(c in clean[g] for g in UN_GROUPS) > 1)
        if multi != ["TR"]:
            problems.append(f"codes in more than one UN regional group: {multi} (only TR expected)")

    # OECD DAC List of ODA Recipients
    notes = []
    if "developing" in clean or any(c in clean for c in DAC_COLUMNS):
        missing = [c for c in ["developing"] + DAC_COLUMNS if c not in clean]
        if missing:
            problems.append(f"DAC sets: {', '.join(missing)} missing (developing and its four columns "
                            "come together)")
        else:
            columns = disjoint(DAC_COLUMNS, clean, "DAC columns", problems)
            dev = clean["developing"]
            if dev != columns:
                problems.append(f"developing is not the union of {', '.join(DAC_COLUMNS)}: "
                                f"only in developing {sorted(dev - columns)}, "
                                f"only in the columns {sorted(columns - dev)}")
            if dev & EU_AND_G8:
                problems.append(f"developing: EU or former G8 members {sorted(dev & EU_AND_G8)}")
            if "africa" in clean and len(present) == len(M49_REGIONS) and not dev <= covered:
                problems.append(f"developing: outside the M49 regions: {sorted(dev - covered)}")
            weog = "western_european_and_others_group"
            if weog in clean and dev & clean[weog] != {"TR"}:
                problems.append(f"developing and {weog} share {sorted(dev & clean[weog])} "
                                "(only TR expected)")
            if "ldc" in clean:
                ldc, dac_ldc = clean["ldc"], clean["dac_ldc"]
                notes.append(f"dac_ldc vs M49 ldc: only in dac_ldc {sorted(dac_ldc - ldc)}, "
                             f"only in ldc {sorted(ldc - dac_ldc)}")

    # UNICEF programme regions
    if all(r in clean for r in UNICEF_REGIONS):
        offices = disjoint(UNICEF_REGIONS, clean, "UNICEF regions", problems)
        notes.append(f"UNICEF programme regions, together: {len(offices)}")

    width = max((len(k) for k in sets), default=0)
    for set_id, members in sets.items():
        size = len(members) if isinstance(members, list) else "?"
        print(f"{set_id:<{width}}  {size}")
    if "africa" in clean and len(present) == len(M49_REGIONS):
        print(f"M49 countries or areas with a region: {len(covered)} (+ AQ without one)")
    if all(g in clean for g in UN_GROUPS):
        print(f"UN regional groups, together: {len(union)}")
    for note in notes:
        print(note)

    if problems:
        print("\n".join(["", "country-sets.yaml: FAILED"] + ["  " + p for p in problems]))
        sys.exit(1)
    print(f"country-sets.yaml: {len(sets)} sets, all codes of countries.yaml, sorted and unique")


if __name__ == "__main__":
    main()
