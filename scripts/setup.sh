#!/usr/bin/env bash
# Installs the Debian 12 packages shortlist needs and builds it in build/.
# Usage: scripts/setup.sh [Release|RelWithDebInfo|Debug]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake ninja-build pkg-config libyaml-cpp-dev libeigen3-dev libspdlog-dev
          libfmt-dev catch2 libcli11-dev nlohmann-json3-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${1:-RelWithDebInfo}" >/dev/null
cmake --build build
