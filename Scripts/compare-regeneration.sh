#!/usr/bin/env bash
# Times a regeneration beside swift-openapi-generator 1.14.3: ours (the Swift library and every
# page, from schema/inicis-v2.xml, into a scratch folder whose output is current) against the
# peer generating the types of the same six PortOne REST operations. Both are release builds,
# run one after the other, alternating which goes first: the README's figure.
#
#     Scripts/compare-regeneration.sh [--runs N] [--spec FILE] [--work DIR]
#
#   --runs N      runs of each (default 41)
#   --spec FILE   the PortOne OpenAPI document (default $OPENAPI_SPEC, else
#                 ../shared/reference/portone-v2.openapi.json relative to the repository root)
#   --work DIR    scratch folder (default .build-peer at the repository root, git-ignored), shared
#                 with compare-compile-cost.sh; the peer is built there once per configuration
#
# Prints the median, first quartile and minimum of each, in milliseconds, and the ratios
# peer/ours. The machine is shared: read the figures beside the load printed at the start and end.
set -euo pipefail
shopt -s inherit_errexit
root="$(cd "$(dirname "$0")/.." && pwd)"
runs=41 work="$root/.build-peer"
spec="${OPENAPI_SPEC:-$root/../shared/reference/portone-v2.openapi.json}"
while (($#)); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --spec) spec="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -f "$spec" ]] || { echo "error: no OpenAPI document at $spec (give --spec FILE or OPENAPI_SPEC)" >&2; exit 1; }
spec="$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
say() { echo "$*" >&2; }
build() { swift build "$@" >"$work/last-build.log" 2>&1 || { tail -n 30 "$work/last-build.log" >&2; exit 1; }; }
say "load before: $(uptime)"

source "$root/Scripts/peer-generator.sh"
prepare_peer "$work" "$spec" release
say "building inicis-codegen (release)…"
build --package-path "$root" -c release --product inicis-codegen
ours="$(swift build --package-path "$root" -c release --show-bin-path)/inicis-codegen"

out="$work/regeneration"
mkdir -p "$out/ours" "$out/peer"
python3 - "$runs" "$out" "$ours" "$root/schema/inicis-v2.xml" "$generator" "$work/spec" <<'PY'
import statistics, subprocess, sys, time
runs, out, ours, schema, peer, spec = int(sys.argv[1]), *sys.argv[2:]
commands = {
    "inicis-codegen": [ours, "generate", "--schema", schema, "--output", f"{out}/ours"],
    "swift-openapi-generator": [peer, "generate", "--config", f"{spec}/generate.yaml",
                                "--output-directory", f"{out}/peer", f"{spec}/filtered.json"],
}
for command in commands.values():  # once, so that the output is current
    subprocess.run(command, check=True, capture_output=True)
times = {name: [] for name in commands}
for run in range(runs):
    for name in (list(commands) if run % 2 == 0 else list(reversed(commands))):
        start = time.perf_counter()
        subprocess.run(commands[name], check=True, capture_output=True)
        times[name].append((time.perf_counter() - start) * 1000)
def quartile(values): return sorted(values)[(len(values) - 1) // 4]
for name, values in times.items():
    print(f"{name:24} median {statistics.median(values):6.1f} ms  first quartile {quartile(values):6.1f} ms  min {min(values):6.1f} ms  ({runs} runs)")
ours_times, peer_times = times["inicis-codegen"], times["swift-openapi-generator"]
print(f"ratio peer/ours: median {statistics.median(peer_times) / statistics.median(ours_times):.2f}"
      f", first quartile {quartile(peer_times) / quartile(ours_times):.2f}, min {min(peer_times) / min(ours_times):.2f}")
PY
say "load after: $(uptime)"
