// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "inicis-codegen",
    // The generated library needs no more than iOS 13, tvOS 13, watchOS 6 and macOS 10.15 (what a
    // vendored copy of Generated/Swift needs); macOS 13 is for the generator and its tests.
    platforms: [.macOS(.v13), .iOS(.v13), .tvOS(.v13), .watchOS(.v6), .visionOS(.v1)],
    products: [
        .executable(name: "inicis-codegen", targets: ["inicis-codegen"]),
        // What apps and servers depend on: the committed output of the generator.
        .library(name: "InicisV2", targets: ["InicisV2"]),
        // The engine generated code runs on: what a copy of Generated/Swift, or a module the
        // build-tool plugin generates, depends on.
        .library(name: "InicisRuntime", targets: ["InicisRuntime"]),
        // For consumers that keep their own schema: generates its Swift at build time.
        .plugin(name: "InicisCodegenBuildPlugin", targets: ["InicisCodegenBuildPlugin"]),
        // For maintainers: `swift package --allow-writing-to-package-directory generate-inicis-sources`.
        .plugin(name: "GenerateInicisSources", targets: ["GenerateInicisSources"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Property tests (random requests, random option sets, injected text): small, no dependencies.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // Reads PortOne's browser-SDK schema (YAML): `audit`, and the wire conformance tests.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The engine of every generated library (JSON, validation on the schema's tables, bypass
        // grammars, model support). Generated code imports it, as swift-protobuf's output imports
        // SwiftProtobuf; the CLI's `validate` runs it on a loaded schema's tables.
        .target(name: "InicisRuntime"),
        // Schema model (plain data), the libxml2 loader and the semantic checker, which reads
        // examples with the runtime's JSON parser.
        .target(
            name: "InicisSchema",
            dependencies: ["CLibXML2", "InicisRuntime"]
        ),
        // `audit`: the schema against PortOne's SDK YAML and REST OpenAPI document. Pure functions
        // (schema, documents) -> drifts and their explanations; no file I/O.
        .target(
            name: "InicisAudit",
            dependencies: ["InicisSchema", .product(name: "Yams", package: "Yams")]
        ),
        // Emitters: Schema -> [GeneratedFile]. Pure functions, no file I/O.
        .target(
            name: "InicisCodegen",
            dependencies: ["InicisSchema", "InicisRuntime"]
        ),
        // The only place that touches the disk.
        .executableTarget(
            name: "inicis-codegen",
            dependencies: [
                "InicisSchema",
                "InicisCodegen",
                // `validate` and `normalize` run the runtime on the loaded schema's tables; the
                // generator never needs the library it generates.
                "InicisRuntime",
                "InicisAudit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Generated, committed; re-exports InicisRuntime.
        .target(
            name: "InicisV2",
            dependencies: ["InicisRuntime"],
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
            name: "InicisRuntimeTests",
            dependencies: ["InicisRuntime"]
        ),
        .testTarget(
            name: "InicisSchemaTests",
            dependencies: ["InicisSchema"],
            // Schema files read through #filePath, not bundled.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "InicisCodegenTests",
            dependencies: ["InicisCodegen", "InicisSchema", "InicisRuntime", .product(name: "PropertyBased", package: "swift-property-based")],
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
            name: "InicisAuditTests",
            dependencies: ["InicisAudit", "InicisSchema"],
            // Tiny PortOne documents and schemas, read through #filePath, not bundled.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["inicis-codegen", "InicisCodegen"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
