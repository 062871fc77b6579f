// swift-tools-version: 6.0
// Times what an app feels at run time: validating and decoding a typical requestPayment.
//     swift run -c release --package-path Benchmarks/Validation
import PackageDescription

let package = Package(
    name: "ValidationBenchmark",
    platforms: [.macOS(.v13)],
    // Named, so that the product reference below holds whatever folder the repository is in.
    dependencies: [.package(name: "inicis-codegen", path: "../..")],
    targets: [
        .executableTarget(
            name: "ValidationBenchmark",
            dependencies: [.product(name: "InicisV2", package: "inicis-codegen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
