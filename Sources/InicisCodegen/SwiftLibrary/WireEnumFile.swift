import InicisSchema

/// A PortOne enum as an extensible struct: each known value a static property, every other value
/// kept as received. Values Inicis does not support are deprecated, so Xcode strikes them through.
struct WireEnumFile {
    let enumType: EnumType
    let names: SwiftNames

    var file: GeneratedFile {
        SwiftSourceFile.make(path: "Swift/Enums/\(enumType.swiftName).swift") { printer in
            var comment = SwiftDocComment(enumType.documentation)
            if let prefix = enumType.aliasPrefix {
                comment.item("디코딩할 때 \(CodeSpan.render(prefix + "_")) 접두사가 붙은 별칭도 받습니다(예: \(CodeSpan.render(prefix + "_" + (enumType.values.first?.wire ?? "")))). 인코딩은 항상 정식 값을 씁니다.")
            }
            comment.item("스키마에 없는 값도 받은 그대로 보존되어 다시 인코딩됩니다.")
            printer.block("extension Inicis") { printer in
                comment.print(into: &printer)
                printer.block("public struct \(enumType.swiftName): Inicis.WireEnum") { printer in
                    printer.line("public let rawValue: String")
                    printer.blankLine()
                    printer.line("public init(rawValue: String) { self.rawValue = rawValue }")
                    printer.blankLine()
                    printer.line("public static var aliasPrefix: String? { \(enumType.aliasPrefix.map(SwiftSource.literal) ?? "nil") }")
                    for value in enumType.values {
                        printer.blankLine()
                        printValue(value, into: &printer)
                    }
                }
            }
            printer.blankLine()
            printer.line("@_spi(InicisCodegen) extension Inicis.\(enumType.swiftName): Inicis.WireValue {}")
        }
    }

    private func printValue(_ value: EnumValue, into printer: inout CodePrinter) {
        var fact = CodeSpan.render(value.wire)
        switch value.inicis {
        case .supported: fact += " · KG이니시스 지원"
        case .unsupported: fact += " · KG이니시스 미지원"
        case .unspecified: break
        }
        SwiftDocComment(value.documentation, facts: [fact]).print(into: &printer)
        if let deprecation = SwiftModelFacts.deprecation(of: value, in: enumType) {
            printer.line(SwiftModelFacts.attribute(deprecation))
        }
        // Emitted into the code that uses it: a library of a thousand constants compiles none of them.
        printer.line("@_alwaysEmitIntoClient")
        printer.line("public static var \(names.caseName(value)): Self { Self(rawValue: \(SwiftSource.literal(value.wire))) }")
    }
}
