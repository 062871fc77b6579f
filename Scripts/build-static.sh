#!/usr/bin/env bash
# Builds inicis-codegen in release mode as one static executable and prints its path:
#
#     Scripts/build-static.sh                 # -> .build-static/release/inicis-codegen
#
# Everything is linked in: the Swift runtime, Foundation, libxml2 and what libxml2 needs (ICU,
# zlib, liblzma: on Debian, libxml2-dev, libicu-dev, zlib1g-dev and liblzma-dev hold their static
# archives). A regeneration is mostly process start, and a static executable starts without the
# dynamic loader mapping and resolving a dozen shared libraries: measured alternately, a whole
# regeneration took 3 ms less than with only the Swift runtime linked in, and about 6 ms less than
# the default build (issue 8).
#
# glibc warns that getpwuid and dlopen need its shared libraries at run time when linked
# statically; inicis-codegen calls neither, so those lines are left out of the build's output.
set -euo pipefail
cd "$(dirname "$0")/.."
link=()
missing=()
for flag in $(pkg-config --static --libs libxml-2.0); do
    link+=(-Xlinker "$flag")
    # Each library's static archive must be there; say which package brings a missing one.
    library=${flag#-l}
    if [[ "$flag" == -l* ]] && [[ "$(cc -print-file-name="lib$library.a")" != /* ]]; then
        case "$library" in
            xml2) missing+=(libxml2-dev) ;;
            icu*) missing+=(libicu-dev) ;;
            z) missing+=(zlib1g-dev) ;;
            lzma) missing+=(liblzma-dev) ;;
            *) missing+=("lib$library.a") ;;
        esac
    fi
done
if ((${#missing[@]})); then
    echo "error: static archives are missing; on Debian: apt-get install $(printf '%s\n' "${missing[@]}" | sort -u | paste -sd ' ')" >&2
    exit 1
fi
# A scratch folder of its own: sharing one with the default build relinks everything each time.
swift build -c release -Xswiftc -static-executable "${link[@]}" --scratch-path .build-static \
    --product inicis-codegen 2>&1 >&2 |
    sed -e '/statically linked applications requires at runtime/d' -e "/the use of \`mktemp' is dangerous/d" >&2
echo .build-static/release/inicis-codegen
