/// `TextLines` on UTF-8 bytes, for writers that append to a byte buffer: the lines come as slices
/// of the text, not as an array of new strings.
extension TextLines {
    /// Calls `body` with each line `split(text)` returns, in order, as UTF-8 bytes. A clean line
    /// is a slice of `text` itself; only a line with controls or trailing blanks is copied.
    static func forEachLine(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            var index = 0
            while index < bytes.count {
                let breakLength = lineBreakLength(in: bytes, at: index)
                if breakLength == 0 {
                    index += 1
                    continue
                }
                cleanLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), body)
                index += breakLength
                lineStart = index
            }
            cleanLine(UnsafeBufferPointer(rebasing: bytes[lineStart...]), body)
        }
    }

    /// How many bytes the line break at `index` takes (CRLF is one break), 0 for none. The same
    /// breaks as `isLineBreak`: LF, VT, FF, CR, NEL (C2 85), U+2028 and U+2029 (E2 80 A8/A9).
    private static func lineBreakLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C:
            return 1
        case 0x0D:
            return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2:
            return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else { return 0 }
            return 3
        default:
            return 0
        }
    }

    /// A line without breaks as `split` leaves it: as it is when clean, else through `split`,
    /// which for text without breaks returns exactly the cleaned line.
    private static func cleanLine(_ line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if isCleanLine(line) {
            body(line)
            return
        }
        var cleaned = split(String(decoding: line, as: UTF8.self))[0]
        cleaned.withUTF8(body)
    }
}
