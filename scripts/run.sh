#!/usr/bin/env bash
# Sets everything up, then ranks the bundled candidates on every bundled vacancy
# (extra arguments go to `shortlist rank`, e.g. --format json).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
status=0
for vacancy in profiles/vacancies/*.yaml; do
  build/apps/shortlist rank "$vacancy" profiles/candidates "$@" || status=$?
  echo
done
exit $status
