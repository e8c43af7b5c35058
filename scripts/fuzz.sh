#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan) in build-fuzz/ and runs
# each for SECONDS seconds (default 60) on a corpus seeded from profiles/,
# rules/, fuzz/seeds/ and, for xml, json, json_resume and europass, the samples
# of ../shared/. Any crash, leak, timeout or sanitizer report fails the run; the input is kept in
# build-fuzz/findings/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: the list below)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
all_targets=(candidate vacancy rules xml json csv json_resume europass europass_current csv_candidates
  convert)
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

scripts/setup.sh >/dev/null   # the libraries
scripts/install-packages.sh clang libclang-rt-14-dev

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSHORTLIST_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz --target $(printf 'fuzz_%s ' "${all_targets[@]}")

# Seed corpora: the bundled profiles, each target's hostile seeds of
# fuzz/seeds/, the shared samples when present, and each rule table behind the
# byte that selects it in fuzz_rules.
corpus=build-fuzz/corpus
mkdir -p build-fuzz/findings
for target in "${all_targets[@]}"; do
  mkdir -p "$corpus/$target"
  if [ -d "fuzz/seeds/$target" ]; then cp fuzz/seeds/"$target"/* "$corpus/$target/"; fi
done
cp profiles/candidates/*.yaml "$corpus/candidate/"
cp profiles/vacancies/*.yaml "$corpus/vacancy/"
cp tests/data/postings/*.yaml "$corpus/vacancy/"  # every key of the rule language
samples=../shared/samples
if [ -d "$samples/europass-2012-2020" ]; then
  cp "$samples"/europass-2012-2020/*.xml "$corpus/xml/"
  cp "$samples"/europass-2012-2020/*.xml "$samples"/europass-2012-2020/*.json "$corpus/europass/"
fi
if [ -d "$samples/jsonresume" ]; then
  cp "$samples"/jsonresume/*.json "$corpus/json/"
  cp "$samples"/jsonresume/*.json "$corpus/json_resume/"
  cp "$samples"/jsonresume/*.json "$corpus/convert/"
fi
i=0
# The order of rule_table_names() (engine/src/rules/load_rules.cpp).
for table in degrees fields languages language-levels countries skills policies fluency \
  education-codes period-words language-codes; do
  { printf "\\$(printf '%03o' "$i")"; cat "rules/$table.yaml"; } > "$corpus/rules/$table"
  i=$((i + 1))
done

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for target in "${targets[@]}"; do
  echo "fuzz_$target: $seconds s"
  log="build-fuzz/fuzz_$target.log"
  code=0
  build-fuzz/fuzz/fuzz_"$target" "$corpus/$target" -max_total_time="$seconds" \
    -max_len=65536 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix=build-fuzz/findings/"$target"- >"$log" 2>&1 || code=$?
  grep -E "^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|SUMMARY|Done)" "$log" || true
  if [ "$code" -ne 0 ]; then
    echo "fuzz_$target found a defect (exit $code); see $log and build-fuzz/findings/"
    grep -E "ERROR|runtime error" "$log" | head -5
    status=1
  fi
done
exit $status
