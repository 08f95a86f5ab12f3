#!/usr/bin/env bash
# Runs a quality gate on a deliberately bad sample and passes only when the gate fails and
# its output matches PATTERN (an extended regular expression).
# Exits with 77, which CTest reports as skipped, when TOOL is not installed.
# Usage: expect-failure.sh TOOL PATTERN COMMAND [ARGUMENT...]
set -uo pipefail
tool=$1
pattern=$2
shift 2

if ! command -v "$tool" >/dev/null; then
    echo "expect-failure: $tool is not installed; run the gate's script once to install it"
    exit 77
fi

output=$("$@" 2>&1)
status=$?
printf '%s\n' "$output"

if [ "$status" -eq 0 ]; then
    echo "expect-failure: FAILED: the gate passed on the bad sample (exit status 0)"
    exit 1
fi
if ! grep -Eq -- "$pattern" <<<"$output"; then
    echo "expect-failure: FAILED: the gate failed (exit status $status) but printed no line" \
        "matching: $pattern"
    exit 1
fi
echo "expect-failure: the gate rejected the bad sample (exit status $status), as expected"
