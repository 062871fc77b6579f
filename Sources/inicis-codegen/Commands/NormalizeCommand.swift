import ArgumentParser
import Foundation
import InicisV2

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Decode a request with the generated model and print it re-encoded as JSON.",
        discussion: "Prefixed aliases become canonical values (CURRENCY_KRW -> KRW); keys are sorted. Exit 1 when the request does not decode, 2 when the input is not JSON."
    )

    @Option(help: "The operation id: payment, issue-billing-key, instant-payment, …")
    var operation: String

    @Argument(help: "The request JSON file, or - for standard input.")
    var file: String

    func run() throws {
        try Invocation.run {
            let operationType = try OperationLookup.find(operation)
            let json = try RequestInput.read(file)
            do {
                let normalized = try operationType.normalizedJSON(from: json)
                Terminal.out(String(decoding: normalized, as: UTF8.self))
            } catch let error as DecodingError {
                Terminal.err("\(RequestInput.displayName(file)): error: \(DecodingErrorText.describe(error))")
                throw ExitStatus.failure
            }
        }
    }
}

/// Finds a generated operation by its CLI id.
enum OperationLookup {
    static func find(_ id: String) throws -> any InicisOperation.Type {
        guard let operation = OperationCatalog.operation(id: id) else {
            let known = OperationCatalog.all.map { $0.id }.joined(separator: ", ")
            throw UnusableInput(description: "error: unknown operation '\(id)'; known operations: \(known)")
        }
        return operation
    }
}

/// Reads a request from a file or standard input and makes sure it is JSON at all.
enum RequestInput {
    static func read(_ file: String) throws -> Data {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = Data(try SchemaReading.readFile(file))
        }
        guard (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil else {
            throw UnusableInput(description: "\(displayName(file)): error: not valid JSON")
        }
        return data
    }

    static func displayName(_ file: String) -> String {
        file == "-" ? "<stdin>" : file
    }
}

/// A decoding failure as one line naming the JSON path, without echoing any value
/// (a request may hold card numbers).
enum DecodingErrorText {
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(let type, let context):
            "\(path(context.codingPath)): expected \(jsonType(type))"
        case .valueNotFound(let type, let context):
            "\(path(context.codingPath)): expected \(jsonType(type)), found null"
        case .keyNotFound(let key, let context):
            "\(path(context.codingPath + [key])): required key is missing"
        case .dataCorrupted(let context):
            "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            "the request does not decode"
        }
    }

    /// `items[0].vatAmount`, or `(root)`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "(root)" : text
    }

    private static func jsonType(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "a boolean"
        default: "a value of type \(type)"
        }
    }
}
