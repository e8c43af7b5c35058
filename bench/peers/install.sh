#!/usr/bin/env bash
# Installs the benchmark peers of shortlist (idempotent; Debian 12, as root or
# with sudo). They are never dependencies of the engine.
#   - CLIPS 6.30 from Debian (libclips-dev: headers + static libclips.a; clips:
#     the interactive shell, handy to try eligibility.clp) and nlohmann-json3-dev,
#     then builds bench/peers/clips/build/judge;
#   - json-rules-engine, pinned in package.json / package-lock.json, into
#     bench/peers/node_modules (npm ci).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

missing=()
for pkg in libclips-dev clips nlohmann-json3-dev g++ make; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

pinned=$(node -p "require('$here/package.json').dependencies['json-rules-engine']")
installed=$(node -p "try { require('$here/node_modules/json-rules-engine/package.json').version } catch { '' }")
if [ "$installed" != "$pinned" ]; then
  npm ci --prefix "$here" --no-audit --no-fund
fi

make -s -C "$here/clips" build/judge
echo "peers ready: json-rules-engine $pinned, CLIPS $(dpkg-query -W -f='${Version}' libclips-dev)"
