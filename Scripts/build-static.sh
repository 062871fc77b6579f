#!/usr/bin/env bash
# Builds inicis-codegen in release mode as one static executable and prints its path:
#
#     Scripts/build-static.sh                 # -> .build-static/release/inicis-codegen
#
# Everything is linked in: the Swift runtime, Foundation, libxml2 and what libxml2 needs (ICU,
# zlib, liblzma; their static archives come with libxml2-dev). A regeneration is mostly process
# start, and a static executable starts without the dynamic loader mapping and resolving a
# dozen shared libraries: measured alternately, a whole regeneration took 3 ms less than with only
# the Swift runtime linked in, and about 6 ms less than the default build (issue 8).
#
# glibc warns that getpwuid and dlopen need its shared libraries at run time when linked
# statically; inicis-codegen calls neither, so those lines are left out of the build's output.
set -euo pipefail
cd "$(dirname "$0")/.."
link=()
for flag in $(pkg-config --static --libs libxml-2.0); do link+=(-Xlinker "$flag"); done
# A scratch folder of its own: sharing one with the default build relinks everything each time.
swift build -c release -Xswiftc -static-executable "${link[@]}" --scratch-path .build-static \
    --product inicis-codegen 2>&1 >&2 |
    sed -e '/statically linked applications requires at runtime/d' -e "/the use of \`mktemp' is dangerous/d" >&2
echo .build-static/release/inicis-codegen
