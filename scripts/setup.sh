#!/usr/bin/env bash
# Installs the Debian 12 packages shortlist needs and builds it in build/.
# Usage: scripts/setup.sh [Release|RelWithDebInfo|Debug]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-packages.sh g++ cmake ninja-build pkg-config libeigen3-dev \
  libspdlog-dev libfmt-dev catch2 libcli11-dev nlohmann-json3-dev libyaml-dev \
  libpugixml-dev

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${1:-RelWithDebInfo}" >/dev/null
cmake --build build
