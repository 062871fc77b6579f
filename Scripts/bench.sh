#!/usr/bin/env bash
# Builds inicis-codegen and inicis-bench in release mode and runs the benchmark:
#
#     Scripts/bench.sh [--dynamic-stdlib] [inicis-bench options]   e.g. --format json, --scales 1 10, --skip-process
#
# The inicis-codegen it times is the static executable of Scripts/build-static.sh, as a
# command-line tool is best installed on Linux: most of a regeneration is process start, and a
# static executable starts without mapping and resolving a dozen shared libraries.
# --dynamic-stdlib times the default, dynamically linked build instead.
#
# Figures are medians of repeated runs; the whole-regeneration figure alternates the release
# inicis-codegen with a trivial Foundation program (built with swiftc -O) in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--dynamic-stdlib" ]]; then
    shift
    swift build -c release --product inicis-codegen >&2
    codegen=.build/release/inicis-codegen
else
    codegen=$(Scripts/build-static.sh)
fi
# The in-process figures do not start a process, so the benchmark itself is the default build.
swift build -c release --product inicis-bench >&2
exec .build/release/inicis-bench --codegen "$codegen" "$@"
