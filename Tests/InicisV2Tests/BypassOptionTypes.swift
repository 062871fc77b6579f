import Foundation
import InicisSchema
import InicisV2

/// Every generated option type (`Inicis.AcceptMethod`, `Inicis.PReserved`, `Inicis.PCardOption`,
/// `Inicis.CardUse`) is an `Inicis.Bypass.Option`; the tests check each against the schema's grammars.
typealias TypedBypassOption = Inicis.Bypass.Option

enum BypassOptionTypes {
    static let all: [any TypedBypassOption.Type] = [Inicis.AcceptMethod.self, Inicis.PReserved.self, Inicis.PCardOption.self, Inicis.CardUse.self]

    static func type(_ grammarID: String) -> (any TypedBypassOption.Type)? {
        all.first { $0.grammarID == grammarID }
    }

    /// Reads `option` with the type of `grammarID`: the contract it needs, or where it fails.
    /// What the validator checks of an option, asked of the typed options instead.
    static func check(grammarID: String, option: String) -> Result<Inicis.Contract?, Inicis.Bypass.SyntaxError> {
        guard let type = type(grammarID) else { preconditionFailure("no generated type for the grammar \(grammarID)") }
        return check(type, option)
    }

    private static func check<Option: TypedBypassOption>(_: Option.Type, _ option: String) -> Result<Inicis.Contract?, Inicis.Bypass.SyntaxError> {
        do throws(Inicis.Bypass.SyntaxError) {
            return .success(try Option(parsing: option).contract)
        } catch {
            return .failure(error)
        }
    }

    /// Parses and renders again: what the option reads back as.
    static func reread(grammarID: String, option: String) throws -> String {
        guard let type = type(grammarID) else { preconditionFailure("no generated type for the grammar \(grammarID)") }
        return try type.init(parsing: option).rendered
    }
}

/// Where in a request a grammar's options go, found in the schema: the operation, the platform
/// whose module reads the key, and the key's path; so that an option can also be checked the
/// way an app meets it, through `validate`.
struct BypassOptionSite {
    var operationID: String
    var platform: InicisSchema.Platform
    var steps: [JSONStep]
    var isArray: Bool

    init(grammarID: String) throws {
        let schema = SchemaExamples.schema
        for operation in schema.operations {
            let rows = OperationFields(operation: operation, schema: schema).rows
            guard let row = rows.first(where: { $0.field.grammar == grammarID }) else { continue }
            guard let platform = operation.kind.platforms.first(where: { ![.unsupported, .ignored].contains(row.field.requirements[$0]) }) else { continue }
            operationID = operation.id
            self.platform = platform
            steps = row.components.map(JSONStep.key)
            isArray = row.isArray
            return
        }
        throw Missing(grammarID: grammarID)
    }

    struct Missing: Error { var grammarID: String }

    /// The path an issue about the option is reported at.
    var issuePath: String { JSONStep.text(steps) + (isArray ? "[0]" : "") }

    /// The issues of a clean example of the site's operation with `option` at the key.
    func issues(_ option: String, contracts: Set<Inicis.Contract> = []) throws -> [Inicis.ValidationIssue] {
        guard let example = RequestBuilder.cleanExample(operationID, platform) else { throw Missing(grammarID: operationID) }
        let value: Inicis.JSON = isArray ? .array([.string(option)]) : .string(option)
        let request = try Inicis.JSON(parsing: Data(example.json.utf8)).setting(value, at: steps)
        return try Validation.issues(request, operation: operationID, platform: platform, contracts: contracts)
    }
}
