// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "inicis-codegen",
    products: [
        .executable(name: "inicis-codegen", targets: ["inicis-codegen"]),
        // What apps and servers depend on: the committed output of the generator.
        .library(name: "InicisV2", targets: ["InicisV2"]),
        // For consumers that keep their own schema: generates its Swift at build time.
        .plugin(name: "InicisCodegenBuildPlugin", targets: ["InicisCodegenBuildPlugin"]),
        // For maintainers: `swift package --allow-writing-to-package-directory generate-inicis-sources`.
        .plugin(name: "GenerateInicisSources", targets: ["GenerateInicisSources"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Property tests (random requests, random option sets, injected text): small, no dependencies.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // Test-only: reads PortOne's browser-SDK schema (YAML) for the wire conformance tests.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Schema model (plain data), the libxml2 loader and the semantic checker.
        .target(
            name: "InicisSchema",
            dependencies: ["CLibXML2"]
        ),
        // Emitters: Schema -> [GeneratedFile]. Pure functions, no file I/O.
        .target(
            name: "InicisCodegen",
            dependencies: ["InicisSchema"]
        ),
        // The only place that touches the disk.
        .executableTarget(
            name: "inicis-codegen",
            dependencies: [
                "InicisSchema",
                "InicisCodegen",
                // `normalize` (and later `validate`) decode requests with the generated models.
                // If a schema change ever makes Generated/Swift fail to compile, restore it with
                // `git checkout Generated/` and regenerate.
                "InicisV2",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Generated, committed, Foundation only.
        .target(
            name: "InicisV2",
            path: "Generated/Swift"
        ),
        .plugin(
            name: "GenerateInicisSources",
            capability: .command(
                intent: .custom(verb: "generate-inicis-sources", description: "Regenerate Generated/ from schema/inicis-v2.xml"),
                permissions: [.writeToPackageDirectory(reason: "Rewrites the generated files under Generated/ from the schema")]
            ),
            dependencies: ["inicis-codegen"]
        ),
        .plugin(
            name: "InicisCodegenBuildPlugin",
            capability: .buildTool(),
            dependencies: ["inicis-codegen"]
        ),
        .testTarget(
            name: "InicisSchemaTests",
            dependencies: ["InicisSchema"],
            // Schema files read through #filePath, not bundled.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "InicisCodegenTests",
            dependencies: ["InicisCodegen", "InicisSchema", .product(name: "PropertyBased", package: "swift-property-based")],
            // Schema files and golden pages read through #filePath, not bundled.
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(
            name: "InicisV2Tests",
            dependencies: [
                "InicisV2", "InicisSchema",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["inicis-codegen", "InicisCodegen"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
