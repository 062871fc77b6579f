import InicisSchema

/// The validated type of a digits or integer value (`CardCode`, `Month`), or the conformance that
/// lets a schema enum stand in a grammar. Literals that break the rule stop the program at once
/// (they are the programmer's constants); text and numbers from elsewhere go through the throwing
/// initializers.
struct BypassValueTypeRenderer {
    let value: GrammarValue
    let names: BypassTypeNames

    private var typeName: String { names.valueType(value) }
    private var label: String { SwiftStringLiteral.render(GrammarNotation.label(value)) }

    /// Nil for colours: `HexColor` is part of the runtime.
    func file() -> GeneratedFile? {
        switch value.kind {
        case .hexColor:
            return nil
        case .digits(let length):
            return make { renderDigits(length: length, into: &$0) }
        case .integer(let minimum, let maximum):
            return make { renderInteger(minimum: minimum, maximum: maximum, into: &$0) }
        case .enumeration:
            return GeneratedFile.bypass("\(typeName)+BypassValue") { renderEnumConformance(into: &$0) }
        }
    }

    private func make(_ body: (inout CodeWriter) -> Void) -> GeneratedFile {
        GeneratedFile.bypass(typeName, body)
    }

    private func renderDigits(length: Int, into writer: inout CodeWriter) {
        DocComment.write([
            .paragraph(GrammarNotation.label(value) + ": 숫자 \(length)자리"),
            .paragraph("문자열 리터럴(" + CodeSpan.render("\"" + String(repeating: "1", count: length) + "\"") + ")로 쓸 수 있습니다. 형식에 맞지 않는 리터럴은 실행 중 멈춥니다."),
        ], into: &writer)
        writer.block("public struct \(typeName): Hashable, Sendable, RawRepresentable, Codable, CustomStringConvertible") { writer in
            writer.line("public let rawValue: String")
            writer.line()
            writer.block("private init(unchecked text: String)") { $0.line("rawValue = text") }
            writer.line()
            writer.block("public init(_ text: String) throws(BypassSyntaxError)") { $0.line("self = try BypassScanner.whole(text, Self.scan)") }
            writer.line()
            renderFailableRawInit(rawType: "String", into: &writer)
            writer.line()
            writer.line("public var description: String { rawValue }")
            writer.line()
            renderCodable(rawType: "String", into: &writer)
        }
        writer.line()
        renderLiteral(protocolName: "ExpressibleByStringLiteral", parameter: "stringLiteral value: String", shown: "\\\"\\(value)\\\"", into: &writer)
        writer.line()
        renderValueConformance(scan: "\(typeName)(unchecked: try scanner.digits(count: \(length), label: \(label)))", rendered: "rawValue", into: &writer)
    }

    private func renderInteger(minimum: Int?, maximum: Int?, into writer: inout CodeWriter) {
        let bounds = "minimum: \(minimum.map(String.init) ?? "nil"), maximum: \(maximum.map(String.init) ?? "nil")"
        DocComment.write([
            .paragraph(GrammarNotation.label(value) + ": " + boundsText(minimum: minimum, maximum: maximum)),
            .paragraph("정수 리터럴로 쓸 수 있습니다. 범위를 벗어난 리터럴은 실행 중 멈춥니다."),
        ], into: &writer)
        writer.block("public struct \(typeName): Hashable, Sendable, RawRepresentable, Codable, CustomStringConvertible") { writer in
            writer.line("public let rawValue: Int")
            writer.line()
            writer.block("private init(unchecked value: Int)") { $0.line("rawValue = value") }
            writer.line()
            writer.block("public init(_ value: Int) throws(BypassSyntaxError)") { writer in
                writer.block("if let problem = BypassScanner.rangeProblem(value, \(bounds), label: \(label))") { writer in
                    writer.line("throw BypassSyntaxError(offset: 0, message: problem)")
                }
                writer.line("rawValue = value")
            }
            writer.line()
            renderFailableRawInit(rawType: "Int", into: &writer)
            writer.line()
            writer.line("public var description: String { String(rawValue) }")
            writer.line()
            renderCodable(rawType: "Int", into: &writer)
        }
        writer.line()
        renderLiteral(protocolName: "ExpressibleByIntegerLiteral", parameter: "integerLiteral value: Int", shown: "\\(value)", into: &writer)
        writer.line()
        renderValueConformance(scan: "\(typeName)(unchecked: try scanner.integer(\(bounds), label: \(label)))", rendered: "String(rawValue)", into: &writer)
    }

    private func boundsText(minimum: Int?, maximum: Int?) -> String {
        switch (minimum, maximum) {
        case let (minimum?, maximum?): "\(minimum)~\(maximum) 사이의 정수"
        case let (minimum?, nil): "\(minimum) 이상의 정수"
        case let (nil, maximum?): "\(maximum) 이하의 정수"
        case (nil, nil): "정수"
        }
    }

    private func renderFailableRawInit(rawType: String, into writer: inout CodeWriter) {
        writer.block("public init?(rawValue: \(rawType))") { writer in
            writer.line("guard let value = try? \(typeName)(rawValue) else { return nil }")
            writer.line("self = value")
        }
    }

    /// Numbers are JSON numbers, digits are JSON strings: each as Inicis writes it.
    private func renderCodable(rawType: String, into writer: inout CodeWriter) {
        writer.block("public init(from decoder: any Decoder) throws") { writer in
            writer.line("let container = try decoder.singleValueContainer()")
            writer.line("let raw = try container.decode(\(rawType).self)")
            writer.doCatch({ $0.line("try self.init(raw)") }, catch: { writer in
                writer.line("throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)")
            })
        }
        writer.line()
        writer.block("public func encode(to encoder: any Encoder) throws") { writer in
            writer.line("var container = encoder.singleValueContainer()")
            writer.line("try container.encode(rawValue)")
        }
    }

    private func renderLiteral(protocolName: String, parameter: String, shown: String, into writer: inout CodeWriter) {
        writer.block("extension \(typeName): \(protocolName)") { writer in
            writer.block("public init(\(parameter))") { writer in
                writer.doCatch({ $0.line("try self.init(value)") }, catch: { writer in
                    writer.line("preconditionFailure(\"\(typeName) \(shown): \\(error)\")")
                })
            }
        }
    }

    private func renderValueConformance(scan: String, rendered: String, into writer: inout CodeWriter) {
        writer.block("extension \(typeName): BypassValue") { writer in
            writer.block("static func scan(_ scanner: inout BypassScanner) throws(BypassSyntaxError) -> \(typeName)") { writer in
                writer.line(scan)
            }
            writer.line()
            writer.line("var rendered: String { \(rendered) }")
        }
    }

    /// Only the schema's values read back; an unknown case renders its text, which then fails to
    /// parse (the validator reports it).
    private func renderEnumConformance(into writer: inout CodeWriter) {
        writer.line("/// 옵션 문자열 안에서는 스키마에 정의된 값만 읽습니다.")
        writer.block("extension \(typeName): BypassValue") { writer in
            writer.block("static func scan(_ scanner: inout BypassScanner) throws(BypassSyntaxError) -> \(typeName)") { writer in
                writer.line("try scanner.oneOf(allCases.map { ($0.rawValue, $0) }, label: \(label))")
            }
            writer.line()
            writer.line("var rendered: String { rawValue }")
        }
    }
}

extension GeneratedFile {
    /// `Swift/Bypass/<name>.swift`.
    static func bypass(_ name: String, _ body: (inout CodeWriter) -> Void) -> GeneratedFile {
        SwiftFile.make(path: "Swift/Bypass/\(name).swift", body)
    }
}
