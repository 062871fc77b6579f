import Foundation
import InicisRuntime

extension CheckRun {
    /// Examples are run through the generated validator by the tests: their JSON must parse, be
    /// an object, and be sent from a platform of the operation.
    mutating func checkExamples() {
        for operation in schema.operations {
            for example in operation.examples {
                check(example, of: operation)
            }
        }
    }

    private mutating func check(_ example: Example, of operation: Operation) {
        let context = "example '\(example.id)'"
        if !operation.kind.platforms.contains(example.platform) {
            let platforms = operation.kind.platforms.map { "'\($0.rawValue)'" }.joined(separator: " or ")
            error("\(context): platform '\(example.platform.rawValue)' does not fit \(operation.kind == .sdk ? "SDK" : "REST") operation '\(operation.id)'; use \(platforms)", at: example.location)
        }
        if let problem = Self.jsonProblem(example.json) {
            error("\(context): the JSON is not valid: \(problem)", at: example.location)
        }
        for contract in example.contracts where schema.contract(contract) == nil {
            error("\(context): unknown contract '\(contract)'\(NameSuggestion.didYouMean(contract, among: schema.contracts.lazy.map(\.id)))", at: example.location)
        }
        if example.isQuickStart, !example.isClean {
            error("\(context): a quick start is a clean request; it expects no issue", at: example.location)
        }
    }

    /// Why `text` is not a JSON object, or nil when it is one. Read by the runtime's parser, the
    /// one the generated library validates with: what it refuses, the library could not check.
    static func jsonProblem(_ text: String) -> String? {
        do {
            guard case .object = try Inicis.JSON(parsing: Data(text.utf8)) else { return "a request must be a JSON object ({…})" }
            return nil
        } catch {
            return "byte \(error.offset + 1): \(error.reason)"
        }
    }
}
