#!/usr/bin/env bash
# Sanitizer gate: builds core and its tests with AddressSanitizer and UndefinedBehaviorSanitizer
# (gcc, LAGRANGIAN_LAB_SANITIZE=ON) and runs the test suite, including the sanitizer self-tests
# that prove the build is instrumented. Any sanitizer report fails its test.
# Usage: bash scripts/check-sanitizers.sh [BUILD_DIR]   (default: build-asan)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${1:-build-asan}

bash scripts/setup.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLAGRANGIAN_LAB_SANITIZE=ON \
    -DLAGRANGIAN_LAB_BUILD_GUI=OFF -DLAGRANGIAN_LAB_BUILD_BENCH=OFF
cmake --build "$build" --parallel "$(nproc)"

# lsan.supp may name libraries that are not the project's (LibTorch, OpenMP), each with its
# reason; it never names the project's own code.
suppressions=$root/tests/gates/sanitizers
export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1
export LSAN_OPTIONS=suppressions=$suppressions/lsan.supp:print_suppressions=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

start=$(date +%s)
ctest --test-dir "$build" --output-on-failure --timeout 1800
echo "check-sanitizers: passed; the tests took $(( $(date +%s) - start )) s"
