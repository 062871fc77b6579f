#!/usr/bin/env bash
# Fuzzes the schema loader with libFuzzer and AddressSanitizer for a fixed number of executions.
#
#     Scripts/fuzz-loader.sh [RUNS] [extra libFuzzer flags…]     (default 200000 runs)
#     FUZZ_OPTIMIZATION=-Onone Scripts/fuzz-loader.sh 5000        (CI's smoke run: builds in a third of the time)
#
# Builds Fuzz/LoaderFuzzer.swift together with the sources of InicisSchema into
# .build-fuzz/inicis-fuzz (swiftc -sanitize=fuzzer,address), beside InicisRuntime as a module of
# its own (the checker reads examples with its JSON parser); the package build is not involved, so
# `swift build` and `swift test` never pay for it. The seed corpus is schema/*.xml and every
# fixture under Tests/InicisSchemaTests/Fixtures; new inputs go to .build-fuzz/corpus. A crash is
# saved as .build-fuzz/artifacts/crash-…: minimise it (`inicis-fuzz -minimize_crash=1 -runs=10000
# FILE`), add it under Tests/InicisSchemaTests/Fixtures/Fuzz/ (FuzzRegressionTests loads every file
# there) and fix the loader.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${1:-200000}"
shift || true

out=.build-fuzz
mkdir -p "$out/corpus" "$out/artifacts" "$out/seeds"
optimization="${FUZZ_OPTIMIZATION:--O}"
binary="$out/inicis-fuzz$optimization"
sources=(Sources/InicisSchema/*.swift Sources/InicisSchema/*/*.swift Fuzz/LoaderFuzzer.swift)
runtime=(Sources/InicisRuntime/*.swift)
modules="$out/modules$optimization"

# Rebuild only when a source is newer than the binary.
if [ ! -x "$binary" ] || [ -n "$(find "${sources[@]}" "${runtime[@]}" Sources/CLibXML2 -newer "$binary" -print -quit)" ]; then
  echo "building $binary"
  mkdir -p "$modules"
  swiftc "$optimization" -sanitize=address -parse-as-library -swift-version 6 \
    -module-name InicisRuntime -package-name inicis_codegen -emit-module -emit-module-path "$modules/InicisRuntime.swiftmodule" \
    -emit-library -static "${runtime[@]}" -o "$modules/libInicisRuntime.a"
  xml_flags=()
  for flag in $(pkg-config --cflags libxml-2.0); do xml_flags+=(-Xcc "$flag"); done
  swiftc "$optimization" -sanitize=fuzzer,address -parse-as-library -swift-version 6 \
    -module-name InicisSchemaFuzz -package-name inicis_codegen -I Sources/CLibXML2 -I "$modules" "${xml_flags[@]}" \
    "${sources[@]}" -L "$modules" -lInicisRuntime -lxml2 -o "$binary"
fi

rm -f "$out/seeds/"*
cp schema/*.xml "$out/seeds/"
find Tests/InicisSchemaTests/Fixtures -name '*.xml' | while read -r file; do
  cp "$file" "$out/seeds/$(echo "${file#Tests/InicisSchemaTests/Fixtures/}" | tr '/' '_')"
done

# Inputs up to 16 KB: larger than every fixture, small enough for thousands of runs a second
# (the real schema is read as its first 16 KB).
"$binary" -runs="$runs" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
  -dict=Fuzz/schema.dict -artifact_prefix="$out/artifacts/" -print_final_stats=1 \
  "$@" "$out/corpus" "$out/seeds"
