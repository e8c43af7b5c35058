#!/usr/bin/env bash
# Fails, listing them, when a tracked C++ file is not formatted by the repo's
# .clang-format (fix with: clang-format -i FILE...).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-packages.sh clang-format git
unformatted=()
while IFS= read -r f; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done < <(git ls-files '*.cpp' '*.h' '*.hpp')
if [ ${#unformatted[@]} -gt 0 ]; then
  echo "not formatted by .clang-format (clang-format -i on them):"
  printf '  %s\n' "${unformatted[@]}"
  exit 1
fi
echo "formatting: every C++ file follows .clang-format"
