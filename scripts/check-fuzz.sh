#!/usr/bin/env bash
# Fuzzing gate: builds the libFuzzer targets in fuzz/ with clang (ASan and UBSan included)
# and runs each one for a bounded time from its seed corpus in fuzz/corpus/. A crash, a
# hang (over 10 s for one input) or a sanitizer report fails the gate and leaves the input
# in BUILD_DIR/fuzz-artifacts/; add that input to the target's test (tests/test_measuredreader.cpp
# or tests/test_symbolic.cpp) as a regression case before fixing the bug.
# Usage: bash scripts/check-fuzz.sh [SECONDS_PER_TARGET] [BUILD_DIR]
#   (defaults: 60 s, build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=${2:-build-fuzz}

# Qt, Eigen and LibTorch (found by the top-level CMakeLists.txt) come from setup.sh; the
# fuzzers need clang and its libFuzzer runtime on top.
bash scripts/setup.sh
source scripts/check-common.sh
lab_install_packages clang-14 libclang-rt-14-dev

CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLAGRANGIAN_LAB_BUILD_FUZZERS=ON -DLAGRANGIAN_LAB_BUILD_GUI=OFF \
    -DLAGRANGIAN_LAB_BUILD_TESTS=OFF -DLAGRANGIAN_LAB_BUILD_BENCH=OFF

# Each target and its seed corpus folder under fuzz/corpus/.
targets=(
    "fuzz_measuredreader reader"
    "fuzz_formulaparser formula"
)

failed=()
for entry in "${targets[@]}"; do
    read -r target corpus <<<"$entry"
    cmake --build "$build" --parallel "$(nproc)" --target "$target"

    # New inputs go to a scratch corpus in the build; the committed seeds stay unchanged.
    scratch=$build/fuzz-corpus/$target
    artifacts=$build/fuzz-artifacts/$target
    log=$build/fuzz-logs/$target.log
    mkdir -p "$scratch" "$artifacts" "$(dirname "$log")"

    echo "check-fuzz: running $target for $seconds s, log in $log"
    status=0
    "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$scratch" "fuzz/corpus/$corpus" >"$log" 2>&1 || status=$?
    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::average_exec_per_sec)' \
        "$log" || true

    if [ "$status" -ne 0 ]; then
        tail -n 60 "$log"
        echo "check-fuzz: $target FAILED (exit status $status); inputs in $artifacts:"
        ls -l "$artifacts"
        failed+=("$target")
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "check-fuzz: FAILED: ${failed[*]}"
    exit 1
fi
echo "check-fuzz: passed"
