#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks the raw bytes before libxml2 sees them, so that a binary or mis-encoded file gets one
/// precise diagnostic instead of whatever the parser makes of it.
enum UTF8Check {
    /// The first reason the bytes cannot be a schema file, or nil.
    static func problem(in bytes: [UInt8], file: String, maximumSize: Int) -> Diagnostic? {
        if bytes.count > maximumSize {
            return tooLarge(size: bytes.count, maximumSize: maximumSize, file: file)
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .error("the schema file is empty", at: SourceLocation(file: file, line: 1))
        }
        if let offset = firstNUL(in: bytes) {
            return .error("the schema file looks binary: it contains a NUL byte", at: position(of: offset, in: bytes, file: file))
        }
        if let offset = firstInvalidUTF8Offset(in: bytes) {
            let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
            return .error("the schema file is not valid UTF-8: ill-formed byte sequence starting with \(byte)", at: position(of: offset, in: bytes, file: file))
        }
        if let encoding = declaredEncoding(in: bytes), !["utf-8", "utf8"].contains(encoding.lowercased()) {
            return .error("the schema file must be UTF-8, but its XML declaration says encoding '\(encoding)'", at: SourceLocation(file: file, line: 1))
        }
        return nil
    }

    /// `memchr`: the C library's search stays fast in a debug build, where a Swift loop over a
    /// 16 MB file takes a second.
    private static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// Also used by callers that check a file's size before reading it.
    static func tooLarge(size: Int, maximumSize: Int, file: String) -> Diagnostic {
        .error("the schema file is \(size) bytes long; the limit is \(maximumSize) bytes", at: SourceLocation(file: file))
    }

    /// The offset where the first ill-formed UTF-8 sequence starts: a stray continuation byte, or a
    /// lead byte not followed by the continuation bytes it announces (overlong forms, surrogates
    /// and code points above U+10FFFF are ill-formed too). An editor shows the bad character there.
    ///
    /// Runs of ASCII, three quarters of a schema, are skipped eight bytes at a time: this walk is
    /// about four times faster than the standard library's validator on the real schema.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                if buffer[index] < 0x80 {
                    index = endOfASCII(in: buffer, from: index + 1)
                } else if let length = wellFormedSequenceLength(in: buffer, at: index) {
                    index += length
                } else {
                    return index
                }
            }
            return nil
        }
    }

    /// The first offset from `start` that may hold a non-ASCII byte.
    private static func endOfASCII(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= buffer.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            index += 8
        }
        while index < buffer.count, buffer[index] < 0x80 {
            index += 1
        }
        return index
    }

    /// The length of the well-formed sequence starting at `index`, or nil when it is ill-formed.
    private static func wellFormedSequenceLength(in buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let length: Int
        // The second byte's range; later continuation bytes are always 0x80...0xBF.
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch buffer[index] {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upperBound = 0x9F
        case 0xF0: length = 4; lowerBound = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upperBound = 0x8F
        default: return nil
        }
        guard index + length <= buffer.count else { return nil }
        let second = buffer[index + 1]
        guard second >= lowerBound, second <= upperBound else { return nil }
        for position in index + 2 ..< index + length where buffer[position] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }

    /// 1-based line and column (in characters) of a byte offset; the bytes before it are valid UTF-8.
    static func position(of offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The `encoding` of the XML declaration, if the file starts with one that names it.
    static func declaredEncoding(in bytes: [UInt8]) -> String? {
        var body = bytes.prefix(256)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.starts(with: Array("<?xml".utf8)), let end = body.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: body[..<end], as: UTF8.self)
        guard let afterKeyword = declaration.firstRange(of: "encoding")?.upperBound else { return nil }
        let rest = declaration[afterKeyword...].drop(while: { $0 == " " || $0 == "=" || $0 == "\t" })
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix(while: { $0 != quote }))
    }
}
