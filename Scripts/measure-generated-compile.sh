#!/usr/bin/env bash
# The clean compile time of Generated/Swift: the median of RUNS clean builds of the folder alone
# (Scripts/build-generated-standalone.sh, which copies it into a new package each time and builds
# it with warnings as errors), for each configuration given.
#
#     Scripts/measure-generated-compile.sh [RUNS] [debug|release]…   (default: 5 debug release)
#
# Each figure includes what every clean `swift build` pays besides compiling: reading the
# manifest and planning, about a second here. On a machine that other builds share, compare
# medians taken at the same time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
shift || true
configurations=("$@")
((${#configurations[@]})) || configurations=(debug release)

for configuration in "${configurations[@]}"; do
  times=()
  for ((run = 1; run <= runs; run++)); do
    line="$("$root/Scripts/build-generated-standalone.sh" "$configuration" | tail -n 1)"
    case "$line" in
      *"(status 0)") ;;
      *) echo "error: the $configuration build failed: $line" >&2; exit 1 ;;
    esac
    seconds="$(sed -E 's/.*build: ([0-9.]+) s.*/\1/' <<<"$line")"
    times+=("$seconds")
    echo "  $configuration run $run: $seconds s"
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v c="$configuration" -v n="$runs" '
    { t[NR] = $1 }
    END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
          printf "Generated/Swift clean %s build: median %.2f s over %d runs (min %.2f, max %.2f)\n", c, m, n, t[1], t[NR] }'
done
