#!/usr/bin/env bash
# Times one LNN training step of lagrangian-lab-bench against the Python PyTorch reference,
# alternating the two three times per system with one thread, and prints the medians.
# Usage: bench/compare-lnn.sh BENCH_BINARY REFERENCE_SCRIPT [STEPS]
# The reference needs Debian's /usr/bin/python3 with python3-torch.
set -euo pipefail
bench=$1
reference=$2
steps=${3:-300}

median() { sort -g | sed -n 2p; }
field() { /usr/bin/python3 -c "import json,sys; print(json.loads(sys.stdin.read().splitlines()[-1])['ms_per_step'])"; }

for system in pendulum double_pendulum; do
    ours=()
    theirs=()
    for _ in 1 2 3; do
        theirs+=("$(/usr/bin/python3 "$reference" --system "$system" --steps "$steps" --threads 1 | field)")
        ours+=("$("$bench" lnn --system "$system" --steps "$steps" --threads 1 | field)")
    done
    cpp=$(printf '%s\n' "${ours[@]}" | median)
    python=$(printf '%s\n' "${theirs[@]}" | median)
    ratio=$(/usr/bin/python3 -c "print(f'{$python / $cpp:.2f}')")
    echo "$system: python ${python} ms, c++ ${cpp} ms, speed-up ${ratio}x" \
         "(runs: python ${theirs[*]}; c++ ${ours[*]})"
done
