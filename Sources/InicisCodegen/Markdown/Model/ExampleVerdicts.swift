import Foundation
@_spi(InicisCodegen) import InicisRuntime
import InicisSchema

/// One issue the validator reports for an example, as a page lists it.
struct PageIssue: Sendable, Hashable {
    let path: String
    let severity: Severity
    let code: String
    /// The validator's Korean message; nil when the pages could not run the validator.
    let message: String?
}

/// Runs every example through the same engine the generated library carries, on the schema's
/// own tables, so a page shows what a developer would see. The clock is fixed (examples are
/// validated at 2026-01-01T00:00:00+09:00, as the tests do): the same schema always gives the
/// same pages.
struct ExampleValidator: Sendable {
    static let clock = Date(timeIntervalSince1970: 1_767_193_200)

    private let catalog: Inicis.RequestCatalog?

    init(schema: Schema) {
        catalog = try? Inicis.RequestCatalog(SchemaTablesBuilder.tables(for: schema))
    }

    func issues(of example: Example, in operation: InicisSchema.Operation) -> [PageIssue] {
        let contracts = Set(example.contracts.map(Inicis.Contract.init(rawValue:)))
        guard let catalog, let platform = Inicis.Platform(rawValue: example.platform.rawValue),
              let issues = try? catalog.validate(json: Data(example.json.utf8), operation: operation.id, platform: platform, contracts: contracts, now: Self.clock)
        else {
            // Tables that do not link or text that is not JSON, which the checker refuses: the
            // schema's own expectations stand in.
            return example.expectedIssues.map { PageIssue(path: $0.path, severity: $0.severity, code: $0.code, message: nil) }
        }
        return issues.map { issue in
            PageIssue(path: issue.path.description, severity: issue.severity == .error ? .error : .warning, code: issue.code.rawValue, message: issue.message)
        }
    }
}
