#!/usr/bin/env bash
# Format gate: fails when clang-format, with the committed .clang-format, would change any
# project source, and lists those files.
# Usage: bash scripts/check-format.sh [FILE...]
#   Without files it checks every .cpp and .h under core, ui, app, bench, tests and fuzz.
#   Fix the listed files with: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/check-common.sh

lab_install_packages clang-format

if [ "$#" -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(lab_list_sources core ui app bench tests fuzz)
fi

echo "check-format: $(clang-format --version), ${#files[@]} files"
unformatted=()
for file in "${files[@]}"; do
    if [ ! -f "$file" ]; then
        echo "check-format: $file not found"
        exit 2
    fi
    if ! clang-format --style=file --dry-run --Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
    fi
done

if [ "${#unformatted[@]}" -gt 0 ]; then
    echo "check-format: FAILED: clang-format would change ${#unformatted[@]} files:"
    printf '  %s\n' "${unformatted[@]}"
    echo "check-format: run clang-format -i on them and commit the result"
    exit 1
fi
echo "check-format: passed"
