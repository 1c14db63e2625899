#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 60),
# seeded from fuzz/corpus/<target>/ and the project's test files. Crashing inputs are written to
# fuzz/crashes/<target>/; keep each as a regression case once fixed.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-60}"
shift || true
build=build-fuzz
if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DARCHDESK_FUZZ=ON
fi
cmake --build "$build" --parallel "$(nproc)"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for exe in "$build"/fuzz/fuzz_*; do targets+=("$(basename "$exe")"); done
fi
for target in "${targets[@]}"; do
    corpus="fuzz/corpus/${target#fuzz_}"
    crashes="fuzz/crashes/${target#fuzz_}"
    work="$build/corpus/${target#fuzz_}"
    mkdir -p "$corpus" "$crashes" "$work"
    echo "== $target for ${seconds}s (seeds: $corpus)"
    "$build/fuzz/$target" "$work" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$crashes/" -print_final_stats=1 2>&1 | grep -E '^(#|==|stat::number_of_executed_units|INFO: (seed|Running))|ERROR|SUMMARY' | tail -6
done
