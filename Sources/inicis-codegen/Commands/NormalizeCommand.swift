import ArgumentParser
@_spi(InicisCodegen) import InicisRuntime
import Foundation

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print a request in canonical form: enum aliases resolved, keys sorted, nothing dropped.",
        discussion: "Prefixed aliases become canonical values (CURRENCY_KRW -> KRW); every object's keys are sorted; unknown keys stay. Exit 1 when a key appears twice in one object (the request has no single canonical form), 2 when the input is not JSON."
    )

    @OptionGroup var schemaOptions: SchemaOptions

    @Option(help: "The operation id: payment, issue-billing-key, instant-payment, …")
    var operation: String

    @Argument(help: "The request JSON file, or - for standard input.")
    var file: String

    func run() throws {
        try Invocation.run {
            let catalog = try RequestCatalogLoading.load(schemaOptions.schema)
            _ = try RequestCatalogLoading.platforms(of: operation, in: catalog)
            let request = try RequestInput.parse(try RequestInput.read(file), file: file)
            let duplicates = request.duplicateKeyPaths
            guard duplicates.isEmpty else {
                for path in duplicates {
                    Terminal.err("\(RequestInput.displayName(file)): error: \(path): duplicate key")
                }
                throw ExitStatus.failure
            }
            Terminal.out(CanonicalJSON.text(catalog.normalize(request, operation: operation)))
        }
    }
}

/// The same request always prints as the same bytes.
enum CanonicalJSON {
    static func text(_ json: Inicis.JSON) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // A parsed request has only finite numbers, so it always encodes.
        return String(decoding: try! encoder.encode(json), as: UTF8.self)
    }
}
