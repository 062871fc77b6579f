import ArgumentParser
@_spi(InicisCodegen) import InicisRuntime
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Report every mistake in a request, for the platform it is sent from.",
        discussion: """
            Errors are what PortOne or Inicis would reject; warnings are parameters without effect, unknown keys \
            and features that need an Inicis contract. Exit 0 when there are no errors, 1 when there are, 2 for \
            unusable input (unreadable file, not JSON, unknown operation, contract or option value).
            """
    )

    @OptionGroup var schemaOptions: SchemaOptions

    @Option(help: "The operation id: payment, issue-billing-key, instant-payment, …")
    var operation: String

    @Option(help: "pc or mobile, for SDK operations (default: pc). REST operations are always validated as api.")
    var platform: String?

    @Option(name: .customLong("contract"), help: "A contract you have with Inicis (repeatable): vat-tax-free, escrow, …")
    var contracts: [String] = []

    @Option(help: "The current time as an RFC 3339 date-time, for reproducible runs (default: the clock).")
    var now: String?

    @Option(help: "text (one issue per line and a summary) or json.")
    var format: String = "text"

    @Argument(help: "The request JSON file, or - for standard input.")
    var file: String

    func run() throws {
        try Invocation.run {
            guard let format = IssueReport.Format(rawValue: format) else {
                throw UnusableInput(description: "error: unknown format '\(format)'; use text or json")
            }
            let catalog = try RequestCatalogLoading.load(schemaOptions.schema)
            let platforms = try RequestCatalogLoading.platforms(of: operation, in: catalog)
            let options = try ValidationOptions(platform: platform, platforms: platforms, operation: operation, contracts: contracts, catalog: catalog, now: now)
            let bytes = try RequestInput.read(file)
            _ = try RequestInput.parse(bytes, file: file)
            let issues = try catalog.validate(json: Data(bytes), operation: operation, platform: options.platform, contracts: options.contracts, now: options.now)
            Terminal.out(IssueReport.render(issues, as: format), terminator: "")
            if issues.containsErrors { throw ExitStatus.failure }
        }
    }
}

/// The command's options, checked: anything unusable is exit 2 with one line, like a bad file.
struct ValidationOptions {
    var platform: Inicis.Platform
    var contracts: Set<Inicis.Contract>
    var now: Date

    init(platform name: String?, platforms: [Inicis.Platform], operation: String, contracts: [String], catalog: Inicis.RequestCatalog, now: String?) throws {
        platform = try Self.platform(name, among: platforms, operation: operation)
        self.contracts = try Set(contracts.map { id in
            guard catalog.contractIDs.contains(id) else {
                throw UnusableInput(description: "error: unknown contract '\(id)'; known contracts: \(catalog.contractIDs.joined(separator: ", "))")
            }
            return Inicis.Contract(rawValue: id)
        })
        self.now = try now.map(Self.date) ?? Date()
    }

    /// `pc` or `mobile` for SDK operations (pc when not given); REST operations run on `api` only.
    private static func platform(_ name: String?, among platforms: [Inicis.Platform], operation: String) throws -> Inicis.Platform {
        guard platforms.contains(.pc) || platforms.contains(.mobile) else {
            guard name == nil else {
                throw UnusableInput(description: "error: --platform applies to SDK operations; '\(operation)' is a REST API call and is always validated as api")
            }
            return .api
        }
        guard let name else { return .pc }
        guard let platform = Inicis.Platform(rawValue: name), platforms.contains(platform) else {
            throw UnusableInput(description: "error: unknown platform '\(name)'; use pc or mobile")
        }
        return platform
    }

    private static func date(_ text: String) throws -> Date {
        guard let date = Inicis.DateTime(rawValue: text).date else {
            throw UnusableInput(description: "error: --now '\(text)' is not an RFC 3339 date-time (e.g. 2026-01-01T00:00:00+09:00)")
        }
        return date
    }
}
