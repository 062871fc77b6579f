import InicisSchema

/// An operation's validation entry point (`ValidatableOperation`), and on its request model
/// `validate(platform:contracts:now:)`, which writes the model into a document and runs the same
/// tables.
struct OperationValidationRenderer {
    let operation: Operation
    let schema: Schema
    /// False when an earlier operation already gave the same body model its `validate` method.
    let ownsModelMethod: Bool
    /// Worked out once: the file's path and both extensions name it.
    let typeName: String

    init(operation: Operation, schema: Schema, ownsModelMethod: Bool) {
        self.operation = operation
        self.schema = schema
        self.ownsModelMethod = ownsModelMethod
        typeName = SwiftTypeName.operation(operation)
    }

    static func files(for schema: Schema) -> [GeneratedFile] {
        var bodiesWithMethod = Set<String>()
        return schema.operations.map { operation in
            let owns = schema.objectPosition(operation.body) != nil && bodiesWithMethod.insert(operation.body).inserted
            let renderer = OperationValidationRenderer(operation: operation, schema: schema, ownsModelMethod: owns)
            return SwiftFile.make(path: "Swift/Validation/Operations/" + renderer.typeName + "+Validation.swift") { writer in
                writer.line("import Foundation")
                writer.line()
                renderer.render(into: &writer)
            }
        }
    }

    func render(into writer: inout CodeWriter) {
        let bodyPosition = schema.objectPosition(operation.body)
        writer.block("extension ", typeName, ": ValidatableOperation") { writer in
            writer.line("/// 플랫폼을 정하지 않았을 때 검증할 플랫폼")
            writer.line("public static let defaultPlatform: Platform = .", operation.kind.platforms[0].rawValue)
            writer.line()
            writer.line("/// 이 연동의 요청 규칙")
            writer.line("static let validationSpec = OperationSpec(")
            writer.indented { writer in
                if let bodyPosition {
                    writer.line("body: ", bodyPosition, " /* ", schema.objects[bodyPosition].swiftName, " */,")
                } else {
                    writer.line("body: 0,")
                }
                if operation.rules.isEmpty {
                    writer.line("rules: [],")
                } else {
                    writer.line("rules: [")
                    writer.indented { writer in
                        let body = bodyPosition.map { schema.objects[$0] }
                        RuleSpecRenderer(holder: body, schema: schema).renderElements(operation.rules, into: &writer)
                    }
                    writer.line("],")
                }
                writer.writeLine { line in
                    line.write("platforms: [")
                    var separator = ListSeparator()
                    for platform in operation.kind.platforms {
                        separator.write(to: &line)
                        line.write(".")
                        line.write(platform.rawValue)
                    }
                    line.write("]")
                }
            }
            writer.line(")")
            writer.line()
            writer.line("/// ", CodeSpan.Piece("request"), "의 모든 문제를 경로 순서로 돌려줍니다.")
            writer.block("public static func validate(_ request: JSONValue, platform: Platform, contracts: Set<InicisContract>, now: Date) -> [ValidationIssue]") { writer in
                writer.line("ValidationCatalog.validate(JSONDocument(request), as: validationSpec, platform: platform, contracts: contracts, now: now)")
            }
        }
        if ownsModelMethod, let bodyPosition {
            writer.line()
            renderModelMethod(schema.objects[bodyPosition].swiftName, into: &writer)
        }
    }

    private func renderModelMethod(_ bodyName: String, into writer: inout CodeWriter) {
        let platformParameter = operation.kind == .rest ? "platform: Platform = .api" : "platform: Platform"
        writer.block("extension ", bodyName) { writer in
            writer.line("/// 이 요청의 모든 문제를 경로 순서로 돌려줍니다. 처음 찾은 문제에서 멈추지 않습니다.")
            writer.line("///")
            writer.line("/// - Parameters:")
            writer.writeLine { line in
                line.write("///   - platform: 요청을 보내는 플랫폼 (")
                var separator = ListSeparator()
                for platform in operation.kind.platforms {
                    separator.write(to: &line)
                    line.write(CodeSpan.Piece(platform.rawValue))
                }
                line.write(")")
            }
            writer.line("///   - contracts: 이니시스와 맺은 별도 계약. 없는 계약이 필요한 기능은 경고가 됩니다.")
            writer.line("///   - now: 미래여야 하는 시각(입금 기한 등)을 비교할 현재 시각")
            writer.block("public func validate(", platformParameter, ", contracts: Set<InicisContract> = [], now: Date = Date()) -> [ValidationIssue]") { writer in
                writer.line("ValidationCatalog.validate(JSONDocument(self), as: ", typeName, ".validationSpec, platform: platform, contracts: contracts, now: now)")
            }
        }
    }
}
