import InicisSchema

/// The checked type of a digits or integer value of the grammars (`Inicis.Bypass.CardCode`,
/// `Inicis.Bypass.Month`). A literal that breaks the rule stops the program at once (it is the
/// programmer's constant); text and numbers from elsewhere go through the throwing initializers.
struct GrammarValueFile {
    let value: GrammarValue
    let names: BypassTypeNames

    private var typeName: String { value.typeName }
    private var label: String { SwiftSource.literal(GrammarNotation.label(value)) }

    /// Nil for colours (`Inicis.Bypass.HexColor` is part of the runtime) and enum values (the enum
    /// itself).
    var file: GeneratedFile? {
        switch value.kind {
        case .hexColor, .enumeration:
            return nil
        case .digits(let length):
            return make { printDigits(length: length, into: &$0) }
        case .integer(let minimum, let maximum):
            return make { printInteger(minimum: minimum, maximum: maximum, into: &$0) }
        }
    }

    private func make(_ body: (inout CodePrinter) -> Void) -> GeneratedFile {
        SwiftSourceFile.make(path: "Swift/Bypass/Inicis.Bypass+\(typeName).swift") { printer in
            printer.block("extension Inicis.Bypass", body)
        }
    }

    private func printDigits(length: Int, into printer: inout CodePrinter) {
        // The label is schema text: any line break in it must stay inside the comment.
        for line in SwiftSource.docLines(GrammarNotation.label(value) + ": 숫자 \(length)자리") { printer.line(line) }
        printer.line("///")
        printer.line("/// 문자열 리터럴(`\"" + String(repeating: "1", count: length) + "\"`)로 쓸 수 있습니다. 형식에 맞지 않는 리터럴은 실행 중 멈춥니다.")
        printer.block("public struct \(typeName): Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral") { printer in
            printer.line("public let rawValue: String")
            printer.blankLine()
            printer.line("init(unchecked text: String) { rawValue = text }")
            printer.blankLine()
            printer.block("public init(_ text: String) throws(SyntaxError)") { printer in
                printer.line("var scanner = Inicis.BypassScanner(text)")
                printer.line("rawValue = try scanner.digits(count: \(length), label: \(label))")
                printer.line("try scanner.expectEnd()")
            }
            printer.blankLine()
            printLiteral(parameter: "stringLiteral value: String", into: &printer)
            printer.blankLine()
            printer.line("public var description: String { rawValue }")
        }
    }

    private func printInteger(minimum: Int?, maximum: Int?, into printer: inout CodePrinter) {
        let bounds = "minimum: \(minimum.map(String.init) ?? "nil"), maximum: \(maximum.map(String.init) ?? "nil")"
        for line in SwiftSource.docLines(GrammarNotation.label(value) + ": " + boundsText(minimum: minimum, maximum: maximum)) { printer.line(line) }
        printer.line("///")
        printer.line("/// 정수 리터럴로 쓸 수 있습니다. 범위를 벗어난 리터럴은 실행 중 멈춥니다.")
        printer.block("public struct \(typeName): Hashable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral") { printer in
            printer.line("public let rawValue: Int")
            printer.blankLine()
            printer.line("init(unchecked value: Int) { rawValue = value }")
            printer.blankLine()
            printer.block("public init(_ value: Int) throws(SyntaxError)") { printer in
                printer.block("if let problem = Inicis.BypassScanner.rangeProblem(value, \(bounds), label: \(label))") { printer in
                    printer.line("throw SyntaxError(offset: 0, message: problem)")
                }
                printer.line("rawValue = value")
            }
            printer.blankLine()
            printLiteral(parameter: "integerLiteral value: Int", into: &printer)
            printer.blankLine()
            printer.line("public var description: String { String(rawValue) }")
        }
    }

    private func printLiteral(parameter: String, into printer: inout CodePrinter) {
        printer.block("public init(\(parameter))") { printer in
            printer.line("do {")
            printer.line("    try self.init(value)")
            printer.line("} catch {")
            printer.line("    preconditionFailure(\"\(typeName) \\(value): \\(error)\")")
            printer.line("}")
        }
    }

    private func boundsText(minimum: Int?, maximum: Int?) -> String {
        switch (minimum, maximum) {
        case let (minimum?, maximum?): "\(minimum)~\(maximum) 사이의 정수"
        case let (minimum?, nil): "\(minimum) 이상의 정수"
        case let (nil, maximum?): "\(maximum) 이하의 정수"
        case (nil, nil): "정수"
        }
    }
}
