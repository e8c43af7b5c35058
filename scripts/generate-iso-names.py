#!/usr/bin/env python3
"""Writes rules/country-names.yaml and rules/language-names.yaml from the
translations in Debian's iso-codes (its gettext catalogues iso_3166-1.mo and
iso_639-2.mo), so that candidates written in other languages ("Frankreich",
"Sénégal", "Deutsch", "anglais") name the codes of rules/countries.yaml and
rules/languages.yaml.

Which translations: those of the six official languages of the United Nations
and the 24 official languages of the European Union (the languages of UN
applications and of Europass CVs), plus Brazilian Portuguese and traditional
Chinese, the written variants of two of them.

A name is kept only when it is unambiguous: a folded name (as the engine
folds it, engine/src/text.cpp) that stands for two codes in any of these
translations, or that rules/ already gives to another code, is left out, so it
reaches a person instead of a wrong match. Names rules/ already has are not
repeated.

Usage: scripts/generate-iso-names.py [ISO_CODES_JSON_DIR [LOCALE_DIR]]
"""
import gettext
import json
import pathlib
import re
import subprocess
import sys
import unicodedata

import yaml

source = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json")
locales_dir = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/locale")
version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                         capture_output=True, text=True).stdout.strip() or "unknown"
root = pathlib.Path(__file__).resolve().parent.parent

UN = ["ar", "zh_CN", "en", "fr", "ru", "es"]
EU = ["bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it",
      "lv", "lt", "mt", "pl", "pt", "ro", "sk", "sl", "es", "sv"]
VARIANTS = ["pt_BR", "zh_TW"]
LOCALES = sorted(set(UN + EU + VARIANTS) - {"en"})


def fold(name):
    """engine/src/text.cpp fold(): lower-case ASCII, Latin diacritics removed,
    dots and apostrophes dropped, spaces, hyphens, slashes, underscores as one
    space, trimmed. Other scripts stay as written."""
    out = []
    for ch in name:
        if ch in ".'\u2019\u2018":
            continue
        if ch in " \t-/_":
            if out and out[-1] != " ":
                out.append(" ")
            continue
        if ord(ch) < 0x80:
            out.append(ch.lower())
            continue
        if ord(ch) < 0x250:  # Latin-1 and Latin Extended-A/B: strip marks
            base = unicodedata.normalize("NFKD", ch)
            ascii_part = "".join(c for c in base if ord(c) < 0x80)
            if ascii_part:
                out.append(ascii_part.lower())
                continue
            special = {"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d",
                       "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "œ": "oe", "Œ": "oe",
                       "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ħ": "h", "Ħ": "h"}
            if ch in special:
                out.append(special[ch])
                continue
        out.append(ch)
    return "".join(out).strip()


def catalogue(domain, locale):
    path = locales_dir / locale / "LC_MESSAGES" / f"{domain}.mo"
    if not path.exists():
        return {}
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)._catalog


def known_names(table, key):
    """Folded codes and names rules/ has already, each with its code."""
    data = yaml.safe_load((root / "rules" / f"{table}.yaml").read_text())
    known = {}
    for entry in data[key]:
        code = entry["code"]
        for name in [code, entry["name"]] + list(entry.get("names", [])):
            known[fold(str(name))] = code
    return known


def translated(entries, domain, known):
    """{name as written: code} for every unambiguous translated name."""
    codes_of = {}   # folded -> set of codes
    written = {}    # folded -> first spelling seen (locales in order)
    for locale in LOCALES:
        cat = catalogue(domain, locale)
        for code, english_names in entries:
            for english in english_names:
                name = cat.get(english)
                if not name:
                    continue
                name = name.strip()
                key = fold(name)
                if not key:
                    continue
                codes_of.setdefault(key, set()).add(code)
                written.setdefault(key, name)
    out = {}
    for key, codes in codes_of.items():
        if len(codes) != 1:
            continue
        code = next(iter(codes))
        if key in known:  # already a name of this code, or of another: not added
            continue
        out[written[key]] = code
    return out


def country_entries():
    for entry in json.loads((source / "iso_3166-1.json").read_text())["3166-1"]:
        names = [entry[k] for k in ("name", "official_name", "common_name") if k in entry]
        yield entry["alpha_2"], names


def language_entries(listed):
    for entry in json.loads((source / "iso_639-2.json").read_text())["639-2"]:
        if entry.get("alpha_2") in listed:
            yield entry["alpha_2"], [entry["name"]] + (
                [entry["common_name"]] if "common_name" in entry else [])


def quoted(text):
    return json.dumps(text, ensure_ascii=False)


def write(path, table, what, domain, names):
    lines = [
        f"# {what} in other languages (shortlist rule table), generated by",
        "# scripts/generate-iso-names.py from the translations of Debian's iso-codes: the",
        "# translations into the six UN official languages, the 24 EU official languages,",
        "# Brazilian Portuguese and traditional Chinese, each mapped to its code. A name that",
        "# stands for two codes, or that rules/ gives to another code, is left out.",
        "# Do not edit by hand: run the script again.",
        f"table: {table}",
        f'version: "iso-codes {version}"',
        "sources:",
        f'  - "{locales_dir}/LOCALE/LC_MESSAGES/{domain}.mo (Debian iso-codes {version}): '
        f'translations of the ISO names by the iso-codes translation teams, for the locales '
        f'{", ".join(LOCALES)}"',
        f'  - "{source}/{domain}.json (Debian iso-codes {version}): the English names '
        'translated and their codes"',
        "names:",
    ]
    for name in sorted(names, key=lambda n: (fold(n), n)):
        lines.append(f"  {quoted(name)}: {quoted(names[name])}")
    (root / "rules" / path).write_text("\n".join(lines) + "\n")
    print(f"{path}: {len(names)} names", file=sys.stderr)


countries = translated(list(country_entries()), "iso_3166-1", known_names("countries", "countries"))
languages_known = known_names("languages", "languages")
listed = set(languages_known.values())
languages = translated(list(language_entries(listed)), "iso_639-2", languages_known)
write("country-names.yaml", "country-names", "Country names", "iso_3166-1", countries)
write("language-names.yaml", "language-names", "Language names", "iso_639-2", languages)
