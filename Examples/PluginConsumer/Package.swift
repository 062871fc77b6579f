// swift-tools-version: 6.0
// A consumer that keeps its own schema: proves the build-tool plugin generates working Swift at
// build time. CI runs `swift test --package-path Examples/PluginConsumer`.
import PackageDescription

let package = Package(
    name: "PluginConsumer",
    dependencies: [
        .package(name: "inicis-codegen", path: "../.."),
    ],
    targets: [
        .target(
            name: "ShopRequests",
            // The generated Swift runs on the runtime, as swift-protobuf's output runs on SwiftProtobuf.
            dependencies: [.product(name: "InicisRuntime", package: "inicis-codegen")],
            plugins: [.plugin(name: "InicisCodegenBuildPlugin", package: "inicis-codegen")]
        ),
        .testTarget(name: "ShopRequestsTests", dependencies: ["ShopRequests"]),
    ],
    swiftLanguageModes: [.v6]
)
