#!/usr/bin/env bash
# End-to-end check of both peers (after install.sh): the default random sample
# (3 vacancies x 2,000 candidates) and the hand-picked edge cases, each
# compared with make_sample.py's reference verdicts. Exits non-zero on any
# difference.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/make_sample.py" "$tmp/sample"
python3 "$here/make_sample.py" "$tmp/edge" --edge
PEERS_OUT=$tmp/out "$here/compare.sh" "$tmp/sample" "$tmp/sample/expected.tsv" 2>/dev/null
PEERS_OUT=$tmp/out "$here/compare.sh" "$tmp/edge" "$tmp/edge/expected.tsv" 2>/dev/null
