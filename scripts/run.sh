#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds the lab and starts its window with the pendulum
# ready to train. Extra arguments go to lagrangian-lab.
# Usage: bash scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build --parallel "$(nproc)" --target lagrangian-lab
exec ./build/lagrangian-lab "$@"
