#!/usr/bin/env bash
# Runs both peers on DIR and checks their verdicts equal shortlist's.
#
#   bench/peers/compare.sh DIR SHORTLIST_VERDICTS
#
# DIR holds rules.json and facts.jsonl (the exporter's contract, README.md);
# SHORTLIST_VERDICTS has `candidate<TAB>vacancy<TAB>verdict` lines in
# facts.jsonl's order. Prints one line per peer; exits 1 if any peer's
# verdicts differ, 2 on a usage or set-up error. The peers' verdict files go
# to $PEERS_OUT (default: a new temporary folder, printed on stderr).
# PEERS="jre clips" (the default) chooses the peers to run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -ne 2 ] || [ ! -f "$1/rules.json" ] || [ ! -f "$1/facts.jsonl" ] || [ ! -f "$2" ]; then
  echo "usage: $0 DIR SHORTLIST_VERDICTS  (DIR with rules.json and facts.jsonl)" >&2
  exit 2
fi
dir=$1 expected=$2
out=${PEERS_OUT:-$(mktemp -d)}
mkdir -p "$out"
echo "verdict files in $out" >&2
if [ ! -d "$here/node_modules/json-rules-engine" ] || [ ! -f /usr/lib/libclips.a ]; then
  echo "peers not installed: run $here/install.sh" >&2
  exit 2
fi
make -s -C "$here/clips" build/judge

status=0
report() {  # report NAME VERDICTS JSON_SUMMARY
  local verdict="verdicts equal"
  if ! cmp -s "$2" "$expected"; then
    verdict="verdicts DIFFER ($(cmp "$2" "$expected" 2>&1 | head -1 || true))"
    status=1
  fi
  node -e '
    const s = JSON.parse(process.argv[1]);
    const rate = Math.round(s.pairs / s.evaluate_s);
    console.log(`${process.argv[2]}: ${s.pairs} pairs, load ${s.load_s.toFixed(2)} s, ` +
      `evaluate ${s.evaluate_s.toFixed(2)} s, ${rate} pairs/s, ${process.argv[3]}`);
  ' "$3" "$1" "$verdict"
}

for peer in ${PEERS:-jre clips}; do
  case $peer in
    jre) name=json-rules-engine cmd=(node "$here/jre/judge.js") ;;
    clips) name=clips cmd=("$here/clips/build/judge") ;;
    *) echo "unknown peer $peer (jre, clips)" >&2; exit 2 ;;
  esac
  if summary=$("${cmd[@]}" "$dir" "$out/$peer.tsv"); then
    report "$name" "$out/$peer.tsv" "$summary"
  else
    echo "$name: FAILED (exit $?)"
    status=1
  fi
done
exit $status
