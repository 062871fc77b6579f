#!/usr/bin/env bash
# Compares the compile cost of our Generated/Swift (target InicisV2) with what
# swift-openapi-generator 1.14.3 generates for the same six PortOne REST operations (target
# PeerTypes: its `--mode types` output, built against OpenAPIRuntime 1.13.4). Each side's runtime
# is measured too, as a second pair: our InicisRuntime against OpenAPIRuntime plus HTTPTypes (what
# the peer's types need beside them).
#
#     Scripts/compare-compile-cost.sh [--rounds N] [--configs "release debug"]
#                                     [--spec FILE] [--work DIR] [--format table|json]
#
#   --rounds N    clean target builds per target and configuration (default 5)
#   --configs     configurations to measure (default "release debug")
#   --spec FILE   the PortOne OpenAPI document (default $OPENAPI_SPEC, else
#                 ../shared/reference/portone-v2.openapi.json relative to the repository root)
#   --work DIR    scratch folder (default .build-peer at the repository root, git-ignored);
#                 kept between runs so that the generator and the dependencies are built once
#   --format      table (default) or json, on standard output; progress goes to standard error
#
# What it does: builds the generator (debug) from the local package cache in DIR/generator,
# filters the document down to the six operations (the filter drops
# components.securitySchemes, which generation needs, so they are put back), generates the
# types, then builds both targets side by side in DIR/bench, dependencies included, once per
# configuration. Each "clean target build" then deletes only that target's own products (what
# the compiler wrote in DIR/bench/.build/<triple>/<config>/X.build, and Modules/X.*) and times
# `swift build -c <config> --target X` (wall clock and CPU); the script checks that X's object
# files and module were written anew and that no dependency was rebuilt. Rounds alternate which
# target goes first.
#
# What it prints: per target and configuration the median, min and max seconds (wall clock and
# CPU), the time of a null build (planning alone, included in every wall figure), the object
# code size (text + data of the target's release object files, from `size`) and the ratios
# ours/peer; with --format table also one `result key=value…` line per figure. The machine is
# shared: read the figures beside the load (`uptime`) printed at the start and the end.
set -euo pipefail
shopt -s inherit_errexit
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds=5 configs="release debug" format=table work="$root/.build-peer"
spec="${OPENAPI_SPEC:-$root/../shared/reference/portone-v2.openapi.json}"
while (($#)); do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --configs) configs="$2"; shift 2 ;;
    --spec) spec="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --format) format="$2"; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -f "$spec" ]] || { echo "error: no OpenAPI document at $spec (give --spec FILE or OPENAPI_SPEC)" >&2; exit 1; }
spec="$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")"
say() { echo "$*" >&2; }
# Runs `swift build` quietly; on failure shows the end of its log.
build() { swift build "$@" >"$work/last-build.log" 2>&1 || { tail -n 30 "$work/last-build.log" >&2; exit 1; }; }
say "load before: $(uptime)"

# 1–2. The peer generator and the six operations' document (Scripts/peer-generator.sh).
source "$root/Scripts/peer-generator.sh"
prepare_peer "$work" "$spec" debug

# 3. The bench package: the peer's types and a copy of Generated/Swift, side by side.
bench="$work/bench"
rm -rf "$work/spec/types" && mkdir -p "$work/spec/types"
"$generator" generate --config "$work/spec/generate.yaml" --output-directory "$work/spec/types" \
  "$work/spec/filtered.json" >"$work/spec/generate.log" 2>&1 || { tail "$work/spec/generate.log" >&2; exit 1; }
# Copies a folder unless an identical copy is there (a new copy would make the next build rebuild).
sync_folder() { diff -rq "$1" "$2" >/dev/null 2>&1 || { rm -rf "$2" && mkdir -p "$2" && cp -R "$1/." "$2"; }; }
sync_folder "$work/spec/types" "$bench/Sources/PeerTypes"
sync_folder "$root/Generated/Swift" "$bench/Sources/InicisV2"
sync_folder "$root/Sources/InicisRuntime" "$bench/Sources/InicisRuntime"
cat >"$bench/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "CompileCost",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
    ],
    targets: [
        // As Scripts/build-generated-standalone.sh builds them.
        .target(name: "InicisRuntime", swiftSettings: [.unsafeFlags(["-warnings-as-errors"])]),
        .target(name: "InicisV2", dependencies: ["InicisRuntime"], swiftSettings: [.unsafeFlags(["-warnings-as-errors"])]),
        // The generator's output warns about unused public imports, so no -warnings-as-errors.
        .target(name: "PeerTypes", dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")]),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
say "peer: $(cat "$bench"/Sources/PeerTypes/*.swift | wc -l) lines in $(ls "$bench/Sources/PeerTypes" | wc -l) files;" \
  "ours: $(find "$bench/Sources/InicisV2" -name '*.swift' -exec cat {} + | wc -l) lines in" \
  "$(find "$bench/Sources/InicisV2" -name '*.swift' | wc -l) files, runtime" \
  "$(cat "$bench"/Sources/InicisRuntime/*.swift | wc -l) lines"

# 4. Clean target builds. Deletes X's own products, rebuilds X alone, prints the wall clock and
# the CPU time (user + sys of swift build and every compiler under it, as bash's `time` counts
# waited-for children): on a shared machine the CPU time moves much less with the load.
# SwiftPM writes output-file-map.json and include/module.modulemap when it plans, not when it
# builds: those stay, everything the compiler wrote goes.
clean_build() { # config target
  local products="$bin/$2.build" marker="$work/marker" timing TIMEFORMAT='%R %U %S'
  find "$products" -type f ! -name output-file-map.json ! -name module.modulemap -delete
  rm -f "$bin/Modules/$2".*
  touch "$marker"
  timing=$({ time build --package-path "$bench" -c "$1" --target "$2" 2>&3; } 3>&2 2>&1)
  local objects stale rebuilt
  objects=$(find "$products" -name '*.o' | wc -l)
  stale=$(find "$products" -name '*.o' ! -newer "$marker" | wc -l)
  # (Modules/X.o: in debug on Linux, the module wrapped for the debugger, also X's own.)
  rebuilt=$(find "$bin" -name '*.o' -newer "$marker" -not -path "$products/*" -not -path "$bin/Modules/$2.*" | wc -l)
  if ((objects == 0 || stale > 0 || rebuilt > 0)) || [[ ! "$bin/Modules/$2.swiftmodule" -nt "$marker" ]]; then
    echo "error: $1 $2 was not a clean target build ($objects objects, $stale stale, $rebuilt of dependencies rebuilt)" >&2
    exit 1
  fi
  awk '{ printf "%.2f\t%.2f", $1, $2 + $3 }' <<<"$timing"
}
results="$work/results.tsv"
: >"$results"
for config in $configs; do
  bin="$(swift build --package-path "$bench" -c "$config" --show-bin-path)"
  say "$config: building everything once (dependencies included)…"
  build --package-path "$bench" -c "$config"
  start=$(date +%s.%N)
  build --package-path "$bench" -c "$config" --target InicisV2
  printf '%s\tnull\t0\t%s\n' "$config" "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')" >>"$results"
  for ((round = 1; round <= rounds; round++)); do
    # A module is always rebuilt before the modules that import it, which are rebuilt anyway:
    # otherwise the next build of a dependent would also recompile a dependency it did not clean.
    order="InicisRuntime InicisV2 HTTPTypes OpenAPIRuntime PeerTypes"
    ((round % 2)) || order="HTTPTypes OpenAPIRuntime PeerTypes InicisRuntime InicisV2"
    for target in $order; do
      figures=$(clean_build "$config" "$target") # wall<TAB>cpu
      say "  $config round $round $target: wall ${figures%%$'\t'*} s, cpu ${figures##*$'\t'} s"
      printf '%s\t%s\t%s\t%s\n' "$config" "$target" "$round" "$figures" >>"$results"
    done
  done
  if [[ "$config" == release ]]; then
    for target in InicisV2 PeerTypes InicisRuntime OpenAPIRuntime HTTPTypes; do
      bytes=$(find "$bin/$target.build" -name '*.o' -exec size {} + | awk '{ s += $1 + $2 } END { print s }')
      printf '%s\t%s\tsize\t%s\n' "$config" "$target" "$bytes" >>"$results"
    done
  fi
done
say "load after: $(uptime)"

# 5. Summary: medians, min, max, sizes and ratios.
python3 - "$results" "$format" <<'PY'
import json, statistics, sys
times, sizes, null = {}, {}, {}
for line in open(sys.argv[1]):
    config, target, kind, *values = line.split()
    if target == "null": null[config] = float(values[0])
    elif kind == "size": sizes[target] = int(values[0])
    else: times.setdefault((config, target), []).append(tuple(map(float, values)))
figures, ratios = [], {}
for (config, target), rounds in times.items():
    figure = {"config": config, "target": target, "rounds": len(rounds), "null_build_s": null[config]}
    for i, clock in enumerate(["wall", "cpu"]):
        values = [r[i] for r in rounds]
        figure |= {f"{clock}_median_s": statistics.median(values), f"{clock}_min_s": min(values), f"{clock}_max_s": max(values)}
    figures.append(figure)
def median(config, target, clock):
    return next(f[f"{clock}_median_s"] for f in figures if f["target"] == target and f["config"] == config)
pairs = {"": ("InicisV2", ["PeerTypes"]), "runtime_": ("InicisRuntime", ["OpenAPIRuntime", "HTTPTypes"])}
for config in sorted({f["config"] for f in figures}):
    for prefix, (ours, peers) in pairs.items():
        for clock in ["wall", "cpu"]:
            ratios[f"{prefix}{config}_{clock}"] = median(config, ours, clock) / sum(median(config, p, clock) for p in peers)
for prefix, (ours, peers) in pairs.items():
    if sizes: ratios[f"{prefix}object_size"] = sizes[ours] / sum(sizes[p] for p in peers)
if sys.argv[2] == "json":
    print(json.dumps({"builds": figures, "object_bytes_release": sizes, "ratio_ours_over_peer": ratios}, indent=2))
    sys.exit()
print(f"{'config':8} {'target':14} {'wall median':>11} {'(min-max)':>15} {'cpu median':>10} {'(min-max)':>15} {'rounds':>6}")
for f in figures:
    print(f"{f['config']:8} {f['target']:14} {f['wall_median_s']:10.2f}s {f['wall_min_s']:7.2f}-{f['wall_max_s']:<7.2f}"
          f" {f['cpu_median_s']:9.2f}s {f['cpu_min_s']:7.2f}-{f['cpu_max_s']:<7.2f} {f['rounds']:6}")
for config, seconds in null.items():
    print(f"null build ({config}: planning only, inside every wall figure): {seconds:.2f} s")
for target, size in sizes.items():
    print(f"object code (release, text+data): {target:14} {size:>10} bytes")
for key, ratio in ratios.items():
    print(f"ratio ours/peer {key}: {ratio:.2f}" + ("  (InicisRuntime / OpenAPIRuntime + HTTPTypes)" if key.startswith("runtime_") else ""))
for f in figures:  # one parseable line per figure
    print(f"result config={f['config']} target={f['target']} wall_median={f['wall_median_s']:.2f} wall_min={f['wall_min_s']:.2f}"
          f" wall_max={f['wall_max_s']:.2f} cpu_median={f['cpu_median_s']:.2f} cpu_min={f['cpu_min_s']:.2f} cpu_max={f['cpu_max_s']:.2f}")
for target, size in sizes.items():
    print(f"result object_bytes target={target} bytes={size}")
PY
