#!/usr/bin/env bash
# Fails, listing them, when a tracked C++ file is not formatted by the repo's
# .clang-format (fix with: clang-format -i FILE...), or when a test's name
# holds a ';' (CMake reads it as a list separator, so catch_discover_tests
# would register two names that match no test, and the test would never run).
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
split_names=$(git grep -n -E 'TEST_CASE\(\s*"[^"]*;' -- 'tests/*.cpp' || true)
if [ -n "$split_names" ]; then
  echo "test names with ';' (ctest would never run them; write ',' instead):"
  echo "$split_names"
  exit 1
fi
echo "formatting: every C++ file follows .clang-format; no test name holds ';'"
