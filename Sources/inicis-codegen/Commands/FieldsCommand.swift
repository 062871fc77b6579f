import ArgumentParser
import InicisSchema

struct FieldsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields",
        abstract: "List every field with its type and requiredness on PC, mobile and the REST API.",
        discussion: """
            Cells: required, conditional (part of a group or under a condition), optional, ignored \
            (accepted, Inicis does nothing), unsupported (no effect on this platform), - (not applicable).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv
        case text
    }

    @OptionGroup var schemaOptions: SchemaOptions

    @Option(help: "Only this operation (payment, issue-billing-key, instant-payment, …).")
    var operation: String?

    @Option(help: "tsv (tab-separated, with a header) or text (aligned columns).")
    var format: Format = .tsv

    func run() throws {
        try Invocation.run {
            guard let schema = try SchemaReading.load(schemaOptions.schema) else { throw ExitStatus.failure }
            let table = try FieldTable(schema: schema, operationID: operation)
            Terminal.out(format == .tsv ? table.tsv : table.alignedText, terminator: "")
        }
    }
}

/// The rows of `fields`: one per field of each operation, by dotted wire path.
struct FieldTable {
    static let header = ["operation", "path", "type", "pc", "mobile", "api"]
    var rows: [[String]]

    init(schema: Schema, operationID: String?) throws {
        var operations = schema.operations
        if let operationID {
            guard let operation = schema.operation(operationID) else {
                let known = schema.operations.map(\.id).joined(separator: ", ")
                throw UnusableInput(description: "error: unknown operation '\(operationID)'; known operations: \(known)")
            }
            operations = [operation]
        }
        rows = operations.flatMap { operation in
            let parameters = operation.pathParameters.map { (path: $0.wireName, field: $0) }
            let body = OperationFields(operation: operation, schema: schema).rows.map { (path: $0.path, field: $0.field) }
            return (parameters + body).map { entry in
                [operation.id, entry.path, entry.field.type.description]
                    + Platform.allCases.map { entry.field.requirements[$0]?.rawValue ?? "-" }
            }
        }
    }

    var tsv: String {
        ([Self.header] + rows).map { $0.joined(separator: "\t") + "\n" }.joined()
    }

    var alignedText: String {
        let all = [Self.header] + rows
        let widths = Self.header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ") + "\n"
        }.joined()
    }
}
