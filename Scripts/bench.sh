#!/usr/bin/env bash
# Builds inicis-codegen and inicis-bench in release mode and runs the benchmark:
#
#     Scripts/bench.sh [inicis-bench options]      e.g. --format json, --scales 1 10, --skip-process
#
# Figures are medians of repeated runs; the whole-regeneration figure alternates the release
# inicis-codegen with a trivial Foundation program (built with swiftc -O) in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product inicis-codegen >&2
swift build -c release --product inicis-bench >&2
exec .build/release/inicis-bench "$@"
