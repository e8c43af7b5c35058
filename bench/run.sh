#!/usr/bin/env bash
# Measures shortlist at roster scale (docs/performance.md): builds Release in
# build-release/, generates profiles (1,000 to N, default 100,000) and 50
# vacancies in bench/data/, then reports
#   - libyaml's parse of the profiles into events (one core): the cost to beat
#   - shortlist rank end to end on 1 and 50 vacancies: wall time, peak RSS
#   - the Google Benchmark harness (judging pairs per second per core)
#   - the peers of bench/peers/ on the same pairs, if installed
# Usage: bench/run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
if ! [[ "$n" =~ ^[1-9][0-9]*$ ]] || [ "$#" -gt 1 ]; then
  echo "usage: bench/run.sh [N]   (N: the largest roster to generate, a positive integer; default 100000)" >&2
  exit 2
fi
scripts/setup.sh Release >/dev/null 2>&1 || true
scripts/install-packages.sh libbenchmark-dev time >/dev/null
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-release >/dev/null
bin=build-release
data=bench/data
mkdir -p "$data/vacancies"
rm -f "$data"/vacancies/*.yaml
"$bin"/bench/shortlist_generate vacancies 50 2 "$data/vacancies"

for size in 1000 10000 "$n"; do
  profiles="$data/profiles-$size.yaml"
  [ -f "$profiles" ] || "$bin"/bench/shortlist_generate profiles "$size" 1 > "$profiles"
  echo "== $size profiles ($(du -h "$profiles" | cut -f1), $(stat -c %s "$profiles") bytes)"
  "$bin"/bench/shortlist_yaml_baseline "$profiles"
  for vacancies in "$data/vacancies/vacancy-001.yaml" "$data/vacancies"; do
    /usr/bin/time -f "shortlist rank on $(basename "$vacancies"): %e s wall, %U s user, %M KB peak RSS" \
      "$bin"/apps/shortlist rank "$vacancies" "$profiles" --top 10 --format csv > /dev/null
  done
done

# The end-to-end target on a shared machine: five runs each of the libyaml
# baseline and of rank on one vacancy, medians and their ratio; peak RSS
# beyond the input text per profile.
profiles="$data/profiles-$n.yaml"
echo "== end to end, $n profiles, five runs each (medians)"
for i in 1 2 3 4 5; do "$bin"/bench/shortlist_yaml_baseline "$profiles" | sed 's/.* in \([0-9.]*\) s.*/\1/'; done \
  | sort -n | sed -n 3p > "$data/parse.txt"
for i in 1 2 3 4 5; do
  /usr/bin/time -f "%e %M" "$bin"/apps/shortlist rank "$data/vacancies/vacancy-001.yaml" "$profiles" \
    --top 10 --format csv 2>&1 > /dev/null | tail -1
done | sort -n | sed -n 3p > "$data/rank.txt"
awk -v parse="$(cat "$data/parse.txt")" -v bytes="$(stat -c %s "$profiles")" -v n="$n" \
  '{ printf "libyaml parse %.3f s; rank %.2f s = %.2f x; peak RSS %d KB = %.0f bytes per profile beyond the text\n", \
     parse, $1, $1 / parse, $2, ($2 * 1024 - bytes) / n }' "$data/rank.txt"

# The same people as JSON Resume lines (what that format can state): rank end
# to end on the .jsonl file beside the YAML one.
jsonl="$data/profiles-$n.jsonl"
[ -f "$jsonl" ] || "$bin"/bench/shortlist_to_json_resume "$profiles" > "$jsonl"
echo "== JSON Resume, $n profiles in one .jsonl file ($(stat -c %s "$jsonl") bytes), three runs"
for i in 1 2 3; do
  /usr/bin/time -f "shortlist rank on the .jsonl: %e s wall, %M KB peak RSS" \
    "$bin"/apps/shortlist rank "$data/vacancies/vacancy-001.yaml" "$jsonl" --top 10 --format csv > /dev/null
done

# The same lines as a folder of one .json file per person, as applicants send
# them: what reading many small files costs beside one large one.
folder="$data/profiles-$n-json"
if [ ! -d "$folder" ]; then
  mkdir -p "$folder"
  split -l 1 -a 6 -d --additional-suffix=.json "$jsonl" "$folder/p-"
fi
echo "== JSON Resume, $n profiles as $n .json files in one folder, three runs"
for i in 1 2 3; do
  /usr/bin/time -f "shortlist rank on the folder: %e s wall, %M KB peak RSS" \
    "$bin"/apps/shortlist rank "$data/vacancies/vacancy-001.yaml" "$folder" --top 10 --format csv > /dev/null
done

# The same people as the four CSV exports (one file per section, joined on
# id): rank end to end on them beside the YAML file, profiles per second.
csvdir="$data/csv-$n"
if [ ! -f "$csvdir/languages.csv" ]; then
  mkdir -p "$csvdir"
  "$bin"/bench/shortlist_to_csv "$profiles" "$csvdir"
fi
echo "== CSV, $n profiles in four exports ($(cat "$csvdir"/*.csv | wc -c) bytes), three runs each"
for input in "$profiles" "$csvdir"; do
  for i in 1 2 3; do
    /usr/bin/time -f "%e %M" "$bin"/apps/shortlist rank "$data/vacancies/vacancy-001.yaml" \
      $([ -d "$input" ] && echo "$input"/*.csv || echo "$input") --top 10 --format csv 2>&1 > /dev/null | tail -1
  done | sort -n | sed -n 2p | awk -v n="$n" -v what="$([ -d "$input" ] && echo CSV || echo YAML)" \
    '{ printf "rank on the %s: %.2f s wall (median of 3), %.0f profiles/s, %d KB peak RSS\n", what, $1, n / $1, $2 }'
done

echo "== judging harness ($n profiles, 1 thread)"
SHORTLIST_BENCH_PROFILES="$data/profiles-$n.yaml" SHORTLIST_BENCH_VACANCIES="$data/vacancies" \
  "$bin"/bench/shortlist_judge_bench --benchmark_counters_tabular=true

if [ -x bench/peers/clips/build/judge ] || [ -d bench/peers/node_modules ]; then
  echo "== peers (10,000 profiles x 5 vacancies)"
  pairs="$data/pairs"
  mkdir -p "$pairs" "$data/vacancies-5"
  cp "$data"/vacancies/vacancy-00[1-5].yaml "$data/vacancies-5/"
  "$bin"/bench/shortlist_export "$data/profiles-10000.yaml" "$data/vacancies-5" "$pairs"
  bench/peers/compare.sh "$pairs" "$pairs/verdicts.tsv"
fi
