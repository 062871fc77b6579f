/// One generated Swift file: the "do not edit" line, its imports, then what `body` prints.
enum SwiftSourceFile {
    static func make(path: String, imports: [String] = [], _ body: (inout CodePrinter) -> Void) -> GeneratedFile {
        var printer = CodePrinter()
        printer.line(GeneratedNotice.swiftLine)
        printer.blankLine()
        for module in imports {
            printer.line("import " + module)
        }
        printer.blankLine()
        body(&printer)
        return GeneratedFile(path: path, contents: printer.text)
    }
}
