/// One generated Swift file: the "do not edit" line, its imports, then what `body` prints.
enum SwiftSourceFile {
    /// Every file uses the runtime, some of it through the API only generated code may call.
    static let runtimeImport = "@_spi(InicisCodegen) import InicisRuntime"

    static func make(path: String, imports: [String] = [], _ body: (inout CodePrinter) -> Void) -> GeneratedFile {
        var printer = CodePrinter()
        printer.line(GeneratedNotice.swiftLine)
        printer.blankLine()
        for module in imports {
            printer.line("import " + module)
        }
        printer.line(runtimeImport)
        printer.blankLine()
        body(&printer)
        return GeneratedFile(path: path, contents: printer.text)
    }
}
