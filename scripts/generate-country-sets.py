#!/usr/bin/env python3
"""Writes rules/country-sets.yaml: named sets of ISO 3166-1 alpha-2 codes that a
vacancy may use instead of a list ("experience in West and Central Africa",
"nationals of the Latin American and Caribbean Group").

The facts are transcribed below from the sources named in SOURCES, not fetched:
this machine has no network. Re-run after editing the transcriptions; the
script refuses to write when a code is not one of rules/countries.yaml, when
an M49 country or area is placed twice, or when a regional-group name does not
resolve to exactly one code.

  * M49: the UN Statistics Division's overview table ("Standard country or
    area codes for statistical use", downloadable as CSV from the M49 page),
    one row per country or area with its region, sub-region, intermediate
    region and its LDC, LLDC and SIDS marks. Transcribed from the most recent
    copy of that download found (see SOURCES), grouped here by
    (region, sub-region, intermediate region) with the codes in the order of
    the download. Antarctica (AQ) is in the table with no region. Taiwan (TW)
    is not a row of M49, so it is in no M49 set.
  * UN regional groups: the member lists of the DGACM page, by the names that
    page uses; each name is resolved to its code through the names of
    rules/countries.yaml, folded as the engine folds names.
  * OECD DAC List of ODA Recipients, the edition effective for reporting on
    2024 and 2025 flows, as the OECD's CSV for reporting on 2024 flows gives
    it: its four columns (least developed countries, other low income, lower
    middle income, upper middle income), transcribed by ISO code from a copy
    that had already mapped the OECD's names to ISO codes (see SOURCES), and
    developing, their union. The script refuses to write when a code is in
    two columns.
  * UNICEF programme regions: the countries and territories each UNICEF
    regional office covers, by the names of UNICEF's own country-and-region
    metadata, resolved like the regional groups. A name with no code in
    rules/countries.yaml must be listed in NO_CODE, with the reason.

Usage: scripts/generate-country-sets.py [OUT]   (default rules/country-sets.yaml)
"""
import pathlib
import sys

import yaml

from rule_text import fold

ROOT = pathlib.Path(__file__).resolve().parent.parent
VERSION = "2026-12-02"

# --- M49 overview -----------------------------------------------------------
# (region, sub-region, intermediate region or None): codes
M49 = [
    ("Africa", "Northern Africa", None, "DZ EG LY MA SD TN EH"),
    ("Africa", "Sub-Saharan Africa", "Eastern Africa",
     "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW"),
    ("Africa", "Sub-Saharan Africa", "Middle Africa", "AO CM CF TD CG CD GQ GA ST"),
    ("Africa", "Sub-Saharan Africa", "Southern Africa", "BW SZ LS NA ZA"),
    ("Africa", "Sub-Saharan Africa", "Western Africa",
     "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG"),
    ("Americas", "Latin America and the Caribbean", "Caribbean",
     "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI"),
    ("Americas", "Latin America and the Caribbean", "Central America", "BZ CR SV GT HN MX NI PA"),
    ("Americas", "Latin America and the Caribbean", "South America",
     "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE"),
    ("Americas", "Northern America", None, "BM CA GL PM US"),
    ("Asia", "Central Asia", None, "KZ KG TJ TM UZ"),
    ("Asia", "Eastern Asia", None, "CN HK MO KP JP MN KR"),
    ("Asia", "South-eastern Asia", None, "BN KH ID LA MY MM PH SG TH TL VN"),
    ("Asia", "Southern Asia", None, "AF BD BT IN IR MV NP PK LK"),
    ("Asia", "Western Asia", None, "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"),
    ("Europe", "Eastern Europe", None, "BY BG CZ HU PL MD RO RU SK UA"),
    ("Europe", "Northern Europe", None, "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB"),
    ("Europe", "Southern Europe", None, "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES"),
    ("Europe", "Western Europe", None, "AT BE FR DE LI LU MC NL CH"),
    ("Oceania", "Australia and New Zealand", None, "AU CX CC HM NZ NF"),
    ("Oceania", "Melanesia", None, "FJ NC PG SB VU"),
    ("Oceania", "Micronesia", None, "GU KI MH FM NR MP PW UM"),
    ("Oceania", "Polynesia", None, "AS CK PF NU PN WS TK TO TV WF"),
]
M49_NO_REGION = "AQ"  # a row of the table, with no region
# the rows marked "x" in the LDC, LLDC and SIDS columns of the same download
M49_LDC = ("SD BI KM DJ ER ET MG MW MZ RW SO SS UG TZ ZM AO CF TD CD LS BJ BF GM GN GW LR ML "
           "MR NE SN SL TG HT KH LA MM TL AF BD NP YE SB KI TV")
M49_LLDC = ("BI ET MW RW SS UG ZM ZW CF TD BW SZ LS BF ML NE BO PY KZ KG TJ TM UZ MN LA AF BT "
            "NP AM AZ MD MK")
M49_SIDS = ("KM MU SC ST CV GW AI AG AW BS BB BQ VG CU CW DM DO GD HT JM MS PR KN LC VC SX TT "
            "VI BZ GY SR SG TL MV FJ NC PG SB VU GU KI MH FM NR MP PW AS CK PF NU WS TO TV")

# --- UN regional groups of Member States (DGACM), names as the page writes them
GROUPS = {
    "african_group": """Algeria; Angola; Benin; Botswana; Burkina Faso; Burundi; Cabo Verde;
        Cameroon; Central African Republic; Chad; Comoros; Congo; Côte d'Ivoire;
        Democratic Republic of the Congo; Djibouti; Egypt; Equatorial Guinea; Eritrea;
        Eswatini; Ethiopia; Gabon; Gambia; Ghana; Guinea; Guinea-Bissau; Kenya; Lesotho;
        Liberia; Libya; Madagascar; Malawi; Mali; Mauritania; Mauritius; Morocco; Mozambique;
        Namibia; Niger; Nigeria; Rwanda; Sao Tome and Principe; Senegal; Seychelles;
        Sierra Leone; Somalia; South Africa; South Sudan; Sudan; Togo; Tunisia; Uganda;
        United Republic of Tanzania; Zambia; Zimbabwe""",
    "asia_pacific_group": """Afghanistan; Bahrain; Bangladesh; Bhutan; Brunei Darussalam;
        Cambodia; China; Cyprus; Democratic People's Republic of Korea; Fiji; India;
        Indonesia; Iran (Islamic Republic of); Iraq; Japan; Jordan; Kazakhstan; Kiribati;
        Kuwait; Kyrgyzstan; Lao People's Democratic Republic; Lebanon; Malaysia; Maldives;
        Marshall Islands; Micronesia (Federated States of); Mongolia; Myanmar; Nauru; Nepal;
        Oman; Pakistan; Palau; Papua New Guinea; Philippines; Qatar; Republic of Korea; Samoa;
        Saudi Arabia; Singapore; Solomon Islands; Sri Lanka; Syrian Arab Republic; Tajikistan;
        Thailand; Timor-Leste; Tonga; Türkiye; Turkmenistan; Tuvalu; United Arab Emirates;
        Uzbekistan; Vanuatu; Viet Nam; Yemen""",
    "eastern_european_group": """Albania; Armenia; Azerbaijan; Belarus; Bosnia and Herzegovina;
        Bulgaria; Croatia; Czechia; Estonia; Georgia; Hungary; Latvia; Lithuania; Montenegro;
        North Macedonia; Poland; Republic of Moldova; Romania; Russian Federation; Serbia;
        Slovakia; Slovenia; Ukraine""",
    "latin_american_and_caribbean_group": """Antigua and Barbuda; Argentina; Bahamas; Barbados;
        Belize; Bolivia (Plurinational State of); Brazil; Chile; Colombia; Costa Rica; Cuba;
        Dominica; Dominican Republic; Ecuador; El Salvador; Grenada; Guatemala; Guyana; Haiti;
        Honduras; Jamaica; Mexico; Nicaragua; Panama; Paraguay; Peru; Saint Kitts and Nevis;
        Saint Lucia; Saint Vincent and the Grenadines; Suriname; Trinidad and Tobago; Uruguay;
        Venezuela (Bolivarian Republic of)""",
    "western_european_and_others_group": """Andorra; Australia; Austria; Belgium; Canada;
        Denmark; Finland; France; Germany; Greece; Iceland; Ireland; Israel; Italy;
        Liechtenstein; Luxembourg; Malta; Monaco; Netherlands; New Zealand; Norway; Portugal;
        San Marino; Spain; Sweden; Switzerland; Türkiye;
        United Kingdom of Great Britain and Northern Ireland; United States of America""",
}
# UN "Name (qualifier)" forms the DGACM page writes that rules/countries.yaml does not hold as written
NAME_OVERRIDES = {
    "Bolivia (Plurinational State of)": "BO",
    "Iran (Islamic Republic of)": "IR",
    "Micronesia (Federated States of)": "FM",
    "Venezuela (Bolivarian Republic of)": "VE",
}

# --- OECD DAC List of ODA Recipients, effective for reporting on 2024 and 2025 flows
# The columns of the list, as the OECD's "DAC-List-of-ODA-Recipients-for-reporting-2024-flows.csv"
# gives them (GroupNameE LDCs 10016, Other LICs 10017, LMICs 10018, UMICs 10019), read through a
# copy that maps each recipient to its ISO code (see SOURCES). Codes sorted.
DAC = {
    # Least developed countries (the UN list as it stood for 2024 flows: Bhutan graduated
    # in December 2023 and is an LMIC; Sao Tome and Principe and Solomon Islands still here)
    "dac_ldc": "AF AO BD BF BI BJ CD CF DJ ER ET GM GN GW HT KH KI KM LA LR LS MG ML MM MR MW "
               "MZ NE NP RW SB SD SL SN SO SS ST TD TG TL TV TZ UG YE ZM",
    # Other low income countries (per capita GNI <= $1 135 in 2022)
    "dac_other_lic": "KP SY",
    # Lower middle income countries and territories (per capita GNI $1 136 - $4 465 in 2022)
    "dac_lmic": "BO BT CG CI CM CV DZ EG FM GH HN IN IR JO KE KG LB LK MA MN NG NI PG PH PK SZ "
                "TJ TK TN UA UZ VN VU WS ZW",
    # Upper middle income countries and territories (per capita GNI $4 466 - $13 845 in 2022)
    "dac_umic": "AL AM AR AZ BA BR BW BY BZ CN CO CR CU DM DO EC FJ GA GD GE GQ GT GY ID IQ JM KZ "
                "LC LY MD ME MH MK MS MU MV MX MY NA NR NU PA PE PS PW PY RS SH SR SV TH TM TO "
                "TR VC VE WF ZA",
}

# --- UNICEF programme regions (regional grouping UNICEF_PROG_REG_GLOBAL of UNICEF's
# country-and-region metadata): the 158 programme countries and territories by regional office,
# names as UNICEF writes them
UNICEF = {
    "unicef_eapro": """Cambodia; China; Cook Islands; Democratic People's Republic of Korea; Fiji;
        Indonesia; Kiribati; Lao People's Democratic Republic; Malaysia; Marshall Islands;
        Micronesia (Federated States of); Mongolia; Myanmar; Nauru; Niue; Palau; Papua New Guinea;
        Philippines; Samoa; Solomon Islands; Thailand; Timor-Leste; Tokelau; Tonga; Tuvalu; Vanuatu;
        Viet Nam""",
    "unicef_ecaro": """Albania; Armenia; Azerbaijan; Belarus; Bosnia and Herzegovina; Bulgaria;
        Croatia; Georgia; Greece; Kazakhstan; Kosovo (UNSCR 1244); Kyrgyzstan; Montenegro;
        North Macedonia; Republic of Moldova; Romania; Serbia; Tajikistan; Turkmenistan; Türkiye;
        Ukraine; Uzbekistan""",
    "unicef_esaro": """Angola; Botswana; Burundi; Comoros; Eritrea; Eswatini; Ethiopia; Kenya;
        Lesotho; Madagascar; Malawi; Mozambique; Namibia; Rwanda; Somalia; South Africa;
        South Sudan; Uganda; United Republic of Tanzania; Zambia; Zimbabwe""",
    "unicef_lacro": """Anguilla; Antigua and Barbuda; Argentina; Barbados; Belize;
        Bolivia (Plurinational State of); Brazil; British Virgin Islands; Chile; Colombia;
        Costa Rica; Cuba; Dominica; Dominican Republic; Ecuador; El Salvador; Grenada; Guatemala;
        Guyana; Haiti; Honduras; Jamaica; Mexico; Montserrat; Nicaragua; Panama; Paraguay; Peru;
        Saint Kitts and Nevis; Saint Lucia; Saint Vincent and the Grenadines; Suriname;
        Trinidad and Tobago; Turks and Caicos Islands; Uruguay; Venezuela (Bolivarian Republic of)""",
    "unicef_menaro": """Algeria; Bahrain; Djibouti; Egypt; Iran (Islamic Republic of); Iraq; Jordan;
        Kuwait; Lebanon; Libya; Morocco; Oman; Qatar; Saudi Arabia; State of Palestine; Sudan;
        Syrian Arab Republic; Tunisia; United Arab Emirates; Yemen""",
    "unicef_rosa": """Afghanistan; Bangladesh; Bhutan; India; Maldives; Nepal; Pakistan; Sri Lanka""",
    "unicef_wcaro": """Benin; Burkina Faso; Cabo Verde; Cameroon; Central African Republic; Chad;
        Congo; Côte d'Ivoire; Democratic Republic of the Congo; Equatorial Guinea; Gabon; Gambia;
        Ghana; Guinea; Guinea-Bissau; Liberia; Mali; Mauritania; Niger; Nigeria;
        Sao Tome and Principe; Senegal; Sierra Leone; Togo""",
}
UNICEF_PROGRAMME_COUNT = 158  # the count of UNICEF's programme countries and territories
# Names of a transcribed list that have no code in rules/countries.yaml, and why; left out of the set
NO_CODE = {
    "Kosovo (UNSCR 1244)": "Kosovo has no ISO 3166-1 code (XK is user-assigned); rules/countries.yaml "
                           "has no entry for it",
}

HEADER = """\
# Named country sets (shortlist rule table): ISO 3166-1 alpha-2 codes of rules/countries.yaml that a
# vacancy's `countries:` filter or a `nationality:` criterion may name instead of a list. Generated by
# scripts/generate-country-sets.py from the transcriptions it holds; checked by
# scripts/check-country-sets.py.
#
# UN M49 (regions, sub-regions, intermediate regions; ldc, lldc, sids): as M49 places them, not as common
# usage does. Territories are members of the region M49 puts them in (Greenland in northern_america,
# Réunion and Mayotte in eastern_africa, Bouvet Island and South Georgia in south_america, the French
# Southern Territories and the British Indian Ocean Territory in eastern_africa, Heard and McDonald
# Islands in australia_and_new_zealand). Cyprus, Georgia, Armenia, Azerbaijan, Israel and Türkiye are in
# western_asia; Sudan is in northern_africa, not sub_saharan_africa; Mexico is in central_america;
# latin_america_and_the_caribbean holds the caribbean, central_america and south_america. Antarctica
# (AQ) has no region; the sub-region Micronesia is micronesia_region (rules/countries.yaml reads
# "Micronesia" as the Federated States); Taiwan (TW) is not an M49 country or area, so it is in no M49 set. The current
# M49 table has no Channel Islands intermediate region (older downloads had one, with Guernsey, Jersey
# and Sark): Guernsey and Jersey are plain northern_europe and there is no channel_islands set.
# ldc, lldc and sids are the M49 table's marks in the most recent download found (its date is not
# stated): ldc has the 44 countries it marks (Bhutan and São Tomé and Príncipe, graduated in 2023 and
# 2024, are no longer marked; Solomon Islands still is). Graduations after that download are not
# applied: compare ldc with the current UN list before relying on it. sids is the M49 SIDS mark, which
# includes territories that are not UN members (Anguilla, Aruba, Puerto Rico, ...).
#
# UN regional groups of Member States, as the DGACM page lists them. The United States is not a member
# of any group; it attends WEOG meetings as an observer and is considered a member of WEOG for electoral
# purposes; the page lists it in the WEOG table, and so does this file. Türkiye participates fully in
# both WEOG and the Asia-Pacific Group (for electoral purposes it counts in WEOG only); the page lists
# it in both tables, and so does this file, so a Turkish national meets either set. Israel is a WEOG
# member (temporarily since 2000, permanently since 2004). Kiribati is in the page's Asia-Pacific table
# and so in asia_pacific_group, although the page's special cases, as quoted by the UN Library, still
# say "as of 2010, Kiribati ... is not a member of any regional group".
# The five groups together hold the 193 Member States (192 without the United States).
#
# developing is the OECD DAC List of ODA Recipients effective for reporting on 2024 and 2025 flows (set at
# the DAC's 2023 triennial review, per capita GNI of 2022), as the OECD's CSV for reporting on 2024 flows
# gives it; dac_ldc, dac_other_lic, dac_lmic and dac_umic are its four columns, disjoint, and developing is
# their union. It is the list "for 2024 flows": Sao Tome and Principe and Solomon Islands are in dac_ldc
# (their LDC graduation on 13 December 2024 moves them to their income column for 2025 reporting once the
# OECD confirms it, which is not applied here); Bhutan, graduated in December 2023, is in dac_lmic. The
# list is one of countries and territories, not of UN members: it holds Montserrat, Saint Helena,
# Tokelau, Wallis and Futuna and the West Bank and Gaza Strip (PS); it excludes EU members and former G8
# members whatever their income. Kosovo, which has no ISO 3166-1 code and no entry in
# rules/countries.yaml, is in no set; the copy transcribed (keyed on M49) shows no row for it either.
# Nauru's graduation (effective 1 January 2026) and any graduation of Montserrat (to be decided in
# October 2025) come after this list: both are in it. Later editions are not applied.
#
# unicef_eapro, unicef_ecaro, unicef_esaro, unicef_lacro, unicef_menaro, unicef_rosa and unicef_wcaro are
# UNICEF's programme regions: the programme countries and territories each regional office covers, as
# UNICEF's country-and-region metadata lists them (158, Kosovo among them; Kosovo is left out here as
# above). They are not geography: Djibouti and Sudan are in unicef_menaro, Greece, Bulgaria, Croatia and
# Romania in unicef_ecaro, the Gulf states in unicef_menaro; countries without a UNICEF programme (most
# of Western Europe and North America, Japan, Australia, ...) are in no UNICEF set.
#
# Left out, for want of a list read from its publisher: the World Bank's regions and income groups.
"""

SOURCES = [
    "https://unstats.un.org/unsd/methodology/m49/overview/: UN Statistics Division, Standard country or "
    "area codes for statistical use (M49), overview table: each country or area with its region, "
    "sub-region, intermediate region and LDC, LLDC and SIDS marks (every M49 set). Read through copies of "
    "the page's CSV download ('UNSD — Methodology.csv') kept in public repositories: "
    "github.com/tken2556/un_geographic_regions (the most recent: Türkiye, Netherlands (Kingdom of the), "
    "Bhutan and São Tomé and Príncipe no longer LDCs, no Channel Islands row; transcribed) and "
    "github.com/Rana-Irem-Turhan/climate_dashboard_2 (same placements, no Channel Islands), checked "
    "against older downloads github.com/maxwinder/fds and github.com/Gian0016/ISO_country_code "
    "(Channel Islands 830 with Guernsey, Jersey, Sark) and github.com/dfnd/countrycodes, and against "
    "github.com/lukes/ISO-3166-Countries-with-Regional-Codes all/all.csv (derived from M49 and ISO "
    "3166; same regions, sub-regions and intermediate regions, plus Taiwan, which M49 does not list)",
    "https://www.un.org/dgacm/en/content/regional-groups: UN Department for General Assembly and "
    "Conference Management, Regional groups of Member States: the member lists of the African, "
    "Asia-Pacific, Eastern European, Latin American and Caribbean, and Western European and other States "
    "groups (sets african_group, asia_pacific_group, eastern_european_group, "
    "latin_american_and_caribbean_group, western_european_and_others_group). Read through a copy of the "
    "page (fanyjok.com/dgacm/content/regional-groups: the African, Asia-Pacific and Eastern European "
    "tables, Türkiye marked * in Asia-Pacific, Kiribati listed) and the transcription of its tables in "
    "github.com/idem-lab/sdmtools data-raw/tabular/un-regions.csv (taken 2024-02-02; all five tables, "
    "Türkiye in Asia-Pacific and WEOG, the United States in WEOG)",
    "https://ask.un.org/faq/14521: UN Library FAQ 'Where can I get information about regional "
    "groups?' (answers by UN library staff): the groups as DGACM provides them and the special cases "
    "Israel (WEOG member since 2000, permanently since 2004), Kiribati (as of 2010 in no group) and "
    "Türkiye (participates fully in WEOG and Asia-Pacific, electoral member of WEOG); the same special "
    "cases and the United States (in no group, WEOG observer, considered a WEOG member for electoral "
    "purposes) are quoted from the DGACM page in github.com/idem-lab/sdmtools (R documentation of its "
    "global_regions table)",
    "https://www.oecd.org/en/topics/sub-issues/oda-eligibility-and-conditions/dac-list-of-oda-recipients.html: "
    "OECD, DAC List of ODA Recipients (the copy read is dated 2024-06-24): the current list, effective for "
    "reporting on 2024 and 2025 flows, in four columns - least developed countries; low income countries "
    "which are not LDCs (per capita GNI <= $1 135 in 2022); lower middle income countries and territories "
    "($1 136 - $4 465); upper middle income countries and territories ($4 466 - $13 845) - and its notes "
    "(Sao Tome and Principe and Solomon Islands to graduate from the LDC category on 13 December 2024, the "
    "List to be revised for 2025 and 2026 reporting if that is confirmed; Guyana and Panama above the "
    "high-income threshold in 2022); with "
    "https://www.oecd.org/development/financing-sustainable-development/historyofdaclistsofaidrecipientcountries.htm "
    "(OECD, History of DAC Lists: latest triennial review 2023, next in the second half of 2026; Montserrat "
    "and Nauru on the list for 2024 and 2025). The page's table was not legible in the copy read: the "
    "columns are transcribed from the OECD's CSV of the list, "
    "https://webfs.oecd.org/oda/DAClists/DAC-List-of-ODA-Recipients-for-reporting-2024-flows.csv, through "
    "github.com/MafiAtUN/country-classification-commons data/latest/country_group_membership.csv (commit "
    "a2c8e43856dc71d1937b79c75d9411ab141ad5a0; rows oecd_dac oda_recipient_group 10016 LDCs, 10017 Other "
    "LICs, 10018 LMICs, 10019 UMICs, reporting year 2024; its data/history/20260630T063938Z/sources.csv "
    "names that CSV as its source, "
    "and its scripts/update_data.py maps the OECD names to ISO codes and keeps only M49 rows, so a "
    "recipient outside M49 would not show) (sets developing, dac_ldc, dac_other_lic, dac_lmic, dac_umic)",
    "https://github.com/unicef-drp/Country-and-Region-Metadata: UNICEF's country and region metadata "
    "(unicef-drp GitHub organisation; 'the same codebase as the data warehouse'), "
    "output/all_regions_long_format.csv at commit e53b7d44720faafa195ce6ae6bd28ebbf10527ab: the rows of "
    "regional grouping UNICEF_PROG_REG_GLOBAL, UNICEF's programme regions - East Asia and Pacific "
    "(UNICEF_EAPRO), Europe and Central Asia (UNICEF_ECARO), Eastern and Southern Africa (UNICEF_ESARO), "
    "Latin America and the Caribbean (UNICEF_LACRO), Middle East and North Africa (UNICEF_MENARO), South "
    "Asia (UNICEF_ROSA), West and Central Africa (UNICEF_WCARO) - built by its UNICEF_PROG_REG_GLOBAL.R from "
    "'UNICEF Programme Countries and Territories.xlsx' (158 programme countries and territories) (sets "
    "unicef_eapro, unicef_ecaro, unicef_esaro, unicef_lacro, unicef_menaro, unicef_rosa, unicef_wcaro)",
]




def country_names():
    data = yaml.safe_load((ROOT / "rules/countries.yaml").read_text(encoding="utf-8"))
    names = {}
    for entry in data["countries"]:
        for name in [entry["name"]] + list(entry.get("names") or []):
            names.setdefault(fold(str(name)), set()).add(entry["code"])
    return {e["code"] for e in data["countries"]}, names


def codes(text):
    return text.split()


def build():
    known, names = country_names()
    problems = []
    sets = {}

    def add(set_id, members):
        sets.setdefault(set_id, set()).update(members)

    placed = {}
    for region, sub, inter, row in M49:
        for code in codes(row):
            if code in placed:
                problems.append(f"M49: {code} placed twice")
            placed[code] = (region, sub, inter)
        members = codes(row)
        add(snake(region), members)
        add(snake(sub), members)
        if inter:
            add(snake(inter), members)
    for set_id, row in (("ldc", M49_LDC), ("lldc", M49_LLDC), ("sids", M49_SIDS)):
        for code in codes(row):
            if code not in placed:
                problems.append(f"{set_id}: {code} is not a placed M49 row")
        add(set_id, codes(row))
    m49_rows = set(placed) | {M49_NO_REGION}
    missing = known - m49_rows
    if missing != {"TW"}:
        problems.append(f"M49 rows miss {sorted(missing)} (only TW expected)")

    def resolve(set_id, text):
        members = set()
        for name in (n.strip() for n in text.split(";")):
            if name in NO_CODE:
                continue
            code = NAME_OVERRIDES.get(name)
            found = {code} if code else names.get(fold(name), set())
            if len(found) != 1:
                problems.append(f"{set_id}: '{name}' resolves to {sorted(found) or 'nothing'}")
                continue
            if found & members:
                problems.append(f"{set_id}: '{name}' given twice")
            members |= found
        return members

    for set_id, text in GROUPS.items():
        add(set_id, resolve(set_id, text))

    columns = {}
    for set_id, row in DAC.items():
        if len(set(codes(row))) != len(codes(row)):
            problems.append(f"{set_id}: a code given twice")
        for code in codes(row):
            if code in columns:
                problems.append(f"DAC: {code} in both {columns[code]} and {set_id}")
            columns[code] = set_id
        add(set_id, codes(row))
    add("developing", columns)

    offices = {}
    for set_id, text in UNICEF.items():
        members = resolve(set_id, text)
        for code in members & set(offices):
            problems.append(f"UNICEF: {code} in both {offices[code]} and {set_id}")
        offices.update(dict.fromkeys(members, set_id))
        add(set_id, members)
    listed = sum(len(t.split(";")) for t in UNICEF.values())
    if listed != UNICEF_PROGRAMME_COUNT:
        problems.append(f"UNICEF: {listed} names transcribed, not {UNICEF_PROGRAMME_COUNT}")

    for set_id, members in sets.items():
        for code in members - known:
            problems.append(f"{set_id}: {code} is not a code of rules/countries.yaml")
    if problems:
        sys.exit("\n".join(problems))
    return {k: sorted(v) for k, v in sets.items()}


# Set ids that would be read as a country's name (the Federated States of
# Micronesia are "Micronesia" in rules/countries.yaml): the M49 sub-region
# takes another id.
RENAMED = {"micronesia": "micronesia_region"}


def snake(label):
    set_id = fold(label).replace(" ", "_")
    return RENAMED.get(set_id, set_id)


ORDER = [
    "africa", "americas", "asia", "europe", "oceania",
    "northern_africa", "sub_saharan_africa", "latin_america_and_the_caribbean", "northern_america",
    "central_asia", "eastern_asia", "south_eastern_asia", "southern_asia", "western_asia",
    "eastern_europe", "northern_europe", "southern_europe", "western_europe",
    "australia_and_new_zealand", "melanesia", "micronesia_region", "polynesia",
    "eastern_africa", "middle_africa", "southern_africa", "western_africa",
    "caribbean", "central_america", "south_america",
    "ldc", "lldc", "sids",
    "african_group", "asia_pacific_group", "eastern_european_group",
    "latin_american_and_caribbean_group", "western_european_and_others_group",
    "developing", "dac_ldc", "dac_other_lic", "dac_lmic", "dac_umic",
    "unicef_eapro", "unicef_ecaro", "unicef_esaro", "unicef_lacro", "unicef_menaro", "unicef_rosa",
    "unicef_wcaro",
]
COMMENTS = {
    "africa": "UN M49 regions",
    "northern_africa": "UN M49 sub-regions",
    "eastern_africa": "UN M49 intermediate regions",
    "ldc": "UN M49 groupings: least developed countries, land-locked developing countries, small "
           "island developing States",
    "african_group": "UN regional groups of Member States (DGACM)",
    "developing": "OECD DAC List of ODA Recipients for 2024 and 2025 flows (CSV for 2024 flows), then its "
                  "four columns",
    "unicef_eapro": "UNICEF programme regions: each regional office's programme countries and territories",
}


def render(sets):
    if sorted(sets) != sorted(ORDER):
        sys.exit(f"set ids differ from ORDER: {sorted(set(sets) ^ set(ORDER))}")
    lines = [HEADER.rstrip("\n"), "table: country-sets", f'version: "{VERSION}"', "sources:"]
    lines += ['  - "' + s.replace("\\", "\\\\").replace('"', '\\"') + '"' for s in SOURCES]
    lines.append("sets:                 # id: ISO 3166-1 alpha-2 codes of rules/countries.yaml, sorted")
    for set_id in ORDER:
        if set_id in COMMENTS:
            lines.append(f"  # {COMMENTS[set_id]}")
        prefix = f"  {set_id}: ["
        items = [f'"{c}"' for c in sets[set_id]]
        row, out = prefix, []
        for i, item in enumerate(items):
            piece = item + (", " if i < len(items) - 1 else "]")
            if len(row) + len(piece.rstrip()) > 104:
                out.append(row.rstrip())
                row = " " * len(prefix)
            row += piece
        out.append(row)
        lines += out
    return "\n".join(lines) + "\n"


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "rules/country-sets.yaml"
    out.write_text(render(build()), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
