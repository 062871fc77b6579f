#!/usr/bin/env bash
# Copies Generated/Swift and the runtime it imports (Sources/InicisRuntime) into a new package and
# builds them in Swift 6 mode with warnings as errors: what an app gets when it copies the two
# folders into its own tree. Prints the clean build time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/Sources"
cp -R "$root/Generated/Swift" "$work/Sources/InicisV2"
cp -R "$root/Sources/InicisRuntime" "$work/Sources/InicisRuntime"
cat > "$work/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Standalone",
    products: [.library(name: "InicisV2", targets: ["InicisV2"])],
    targets: [
        .target(name: "InicisRuntime", swiftSettings: [.unsafeFlags(["-warnings-as-errors"])]),
        .target(name: "InicisV2", dependencies: ["InicisRuntime"], swiftSettings: [.unsafeFlags(["-warnings-as-errors"])]),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
start=$(date +%s.%N)
swift build --package-path "$work" -c "${1:-debug}" 2>&1 | tail -n 20
status=${PIPESTATUS[0]}
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v c="${1:-debug}" -v st="$status" \
  'BEGIN { printf "Generated/Swift clean %s build: %.2f s (status %d)\n", c, e - s, st }'
exit "$status"
