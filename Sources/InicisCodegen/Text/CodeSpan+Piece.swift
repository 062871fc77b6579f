extension CodeSpan {
    /// A code span as a piece of a line (`writer.line("/// - ", CodeSpan.Piece(name))`): the
    /// common case, one clean line without backticks, is copied between its backticks without
    /// making the span a `String` first.
    struct Piece: TextPiece {
        let text: String

        init(_ text: String) {
            self.text = text
        }

        func append(to bytes: inout [UInt8]) {
            guard TextLines.isCleanLine(text), !containsBacktick, !text.isEmpty else {
                CodeSpan.render(text).append(to: &bytes)
                return
            }
            bytes.append(UInt8(ascii: "`"))
            text.append(to: &bytes)
            bytes.append(UInt8(ascii: "`"))
        }

        /// Read through a buffer pointer: a tight loop where `utf8.contains` iterates generically.
        private var containsBacktick: Bool {
            let backtick = UInt8(ascii: "`")
            return text.utf8.withContiguousStorageIfAvailable { $0.contains(backtick) } ?? text.utf8.contains(backtick)
        }
    }
}
