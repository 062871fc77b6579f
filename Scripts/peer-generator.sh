# Sourced by the comparison scripts (compare-compile-cost.sh, compare-regeneration.sh): the peer,
# swift-openapi-generator 1.14.3, and what it is given.
#
#   prepare_peer WORK SPEC CONFIG
#
# Builds the generator in CONFIG (debug or release) from the local package cache in WORK/generator
# (once; every github.com address resolves offline) and sets $generator to it; filters SPEC,
# PortOne's OpenAPI document, down to the six REST operations whose request bodies the project
# models, into WORK/spec/filtered.json (the filter drops components.securitySchemes, which
# generation needs, so they are put back); writes WORK/spec/generate.yaml (public types). Uses the
# caller's say() and build().
prepare_peer() {
  local work="$1" spec="$2" config="$3"
  mkdir -p "$work/generator" "$work/spec"
  cat >"$work/generator/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PeerGenerator",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")]
)
SWIFT
  say "building swift-openapi-generator 1.14.3 ($config; once, minutes)…"
  build --package-path "$work/generator" -c "$config" --product swift-openapi-generator
  generator="$(swift build --package-path "$work/generator" -c "$config" --show-bin-path)/swift-openapi-generator"

  cat >"$work/spec/filter.yaml" <<'YAML'
generate: []
filter:
  operations:
    - payInstantly          # POST /payments/{paymentId}/instant              InstantPaymentInput
    - issueBillingKey       # POST /billing-keys                              IssueBillingKeyBody
    - payWithBillingKey     # POST /payments/{paymentId}/billing-key          BillingKeyPaymentInput
    - createPaymentSchedule # POST /payments/{paymentId}/schedule             CreatePaymentScheduleBody
    - applyEscrowLogistics  # POST /payments/{paymentId}/escrow/logistics     RegisterEscrowLogisticsBody
    - registerStoreReceipt  # POST /payments/{paymentId}/register-store-receipt RegisterStoreReceiptBody
YAML
  printf 'generate:\n  - types\naccessModifier: public\n' >"$work/spec/generate.yaml"
  say "filtering $spec…"
  "$generator" filter --config "$work/spec/filter.yaml" --output-format json "$spec" \
    >"$work/spec/filtered.json" 2>"$work/spec/filter.log"
  python3 - "$spec" "$work/spec/filtered.json" <<'PY'
import json, sys
full = json.load(open(sys.argv[1]))
filtered = json.load(open(sys.argv[2]))
filtered["components"]["securitySchemes"] = full["components"]["securitySchemes"]
assert len(filtered["paths"]) == 6, sorted(filtered["paths"])
json.dump(filtered, open(sys.argv[2], "w"), indent=1, ensure_ascii=False)
PY
}
