#!/usr/bin/env bash
# Builds inicis-codegen and inicis-bench in release mode and runs the benchmark:
#
#     Scripts/bench.sh [--dynamic-stdlib] [inicis-bench options]   e.g. --format json, --scales 1 10, --skip-process
#
# The release binaries link the Swift runtime and Foundation statically (--static-swift-stdlib),
# as a command-line tool is best installed on Linux: the process then starts without resolving
# a dozen shared libraries' symbols, which was about 6 ms of a 40 ms regeneration here.
# --dynamic-stdlib measures the default, dynamically linked build instead.
#
# Figures are medians of repeated runs; the whole-regeneration figure alternates the release
# inicis-codegen with a trivial Foundation program (built with swiftc -O) in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
# The static build has its own scratch folder: switching one folder between the two linkings
# relinks everything each time.
linking=(--static-swift-stdlib --scratch-path .build-static)
build=.build-static
if [[ "${1:-}" == "--dynamic-stdlib" ]]; then
    linking=()
    build=.build
    shift
fi
swift build -c release "${linking[@]}" --product inicis-codegen >&2
swift build -c release "${linking[@]}" --product inicis-bench >&2
exec "$build/release/inicis-bench" "$@"
