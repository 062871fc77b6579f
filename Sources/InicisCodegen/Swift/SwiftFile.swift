/// A generated Swift source file: the notice line, a blank line, then the body.
enum SwiftFile {
    static func make(path: String, _ body: (inout CodeWriter) -> Void) -> GeneratedFile {
        var writer = CodeWriter()
        writer.line(GeneratedNotice.swiftLine)
        writer.line()
        body(&writer)
        return GeneratedFile(path: path, bytes: writer.bytes)
    }
}
