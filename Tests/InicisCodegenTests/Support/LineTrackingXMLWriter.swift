/// Writes an XML document one element per line and remembers which element starts on which
/// line, so that a test can tell whether a diagnostic points at an element or somewhere else (a
/// closing tag, the middle of a text, a line that does not exist).
///
/// Text and attribute values are escaped so that they read back exactly: `&`, `<`, `>` and `"`
/// as entities, and in attributes tab, LF and CR as character references (a parser would
/// otherwise turn them into spaces). CR in text is written as `&#13;` too, so that the only line
/// breaks of the file are the LFs counted here.
struct LineTrackingXMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    /// The line the writer is on (1-based).
    private(set) var line = 1
    /// The name of the element whose start tag is on each line.
    private(set) var elementLines: [Int: String] = [:]
    private var depth = 0

    typealias Attributes = [(name: String, value: String?)]

    /// `<name …>`, on a new line; attributes whose value is nil are left out.
    mutating func open(_ name: String, _ attributes: Attributes = []) {
        startTag(name, attributes)
        text += ">"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        newLine()
        text += "</\(name)>"
    }

    /// `<name …/>`, on a new line.
    mutating func empty(_ name: String, _ attributes: Attributes = []) {
        startTag(name, attributes)
        text += "/>"
    }

    /// `<name …>text</name>`, starting on a new line; the text may span lines.
    mutating func leaf(_ name: String, _ attributes: Attributes = [], text content: String) {
        startTag(name, attributes)
        let escaped = Self.escapedText(content)
        text += ">" + escaped + "</\(name)>"
        line += escaped.utf8.lazy.filter { $0 == UInt8(ascii: "\n") }.count
    }

    private mutating func startTag(_ name: String, _ attributes: Attributes) {
        newLine()
        elementLines[line] = name
        text += "<" + name
        for (attribute, value) in attributes {
            guard let value else { continue }
            text += " \(attribute)=\"\(Self.escapedAttribute(value))\""
        }
    }

    private mutating func newLine() {
        text += "\n" + String(repeating: "  ", count: depth)
        line += 1
    }

    static func escapedText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func escapedAttribute(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
