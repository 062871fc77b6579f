// swift-tools-version: 6.0
// An app's view of the library: depends on the `InicisV2` product the way an iOS app or a
// server would, and tests what an integration needs (logging, unknown keys, one-of values,
// sending a REST call). Run with `swift test --package-path Examples/AppIntegration`.
import PackageDescription

let package = Package(
    name: "AppIntegration",
    // The root package's floor; URLSession's async data(for:) on Apple systems needs as much.
    platforms: [.macOS(.v13), .iOS(.v15)],
    dependencies: [
        // Named, so that the product reference below holds whatever folder the repository is in.
        .package(name: "inicis-codegen", path: "../.."),
    ],
    targets: [
        .testTarget(
            name: "AppIntegrationTests",
            dependencies: [.product(name: "InicisV2", package: "inicis-codegen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
