#!/usr/bin/env bash
# Sets everything up, then checks every bundled vacancy against every bundled candidate.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
status=0
for vacancy in profiles/vacancies/*.yaml; do
  build/apps/shortlist check "$vacancy" profiles/candidates "$@" || status=$?
  echo
done
exit $status
