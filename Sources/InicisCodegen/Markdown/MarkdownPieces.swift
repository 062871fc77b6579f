/// Small `TextPiece`s the pages are made of: links and anchors written straight into a page, so
/// that a cell like `[`customer.email`](payment.md#payment-customer-email)` is never a `String`.

/// `payment.md#anchor`, `#anchor` on the page itself, or a page alone.
struct LinkTarget: TextPiece {
    /// Empty for a link within the page.
    let page: String
    let anchor: String?

    func append(to bytes: inout [UInt8]) {
        bytes.write(page)
        if let anchor {
            bytes.append(UInt8(ascii: "#"))
            bytes.write(anchor)
        }
    }
}

/// `[`text`](target)` with the text as a code span, or the code span alone when there is no
/// target (a path the request does not have). In a table cell its pipes are escaped.
struct CodeLink: TextPiece {
    let text: String
    let target: LinkTarget?
    var inTable = true

    func append(to bytes: inout [UInt8]) {
        guard let target else {
            bytes.write(MarkdownText.Code(text, inTable: inTable))
            return
        }
        bytes.append(UInt8(ascii: "["))
        bytes.write(MarkdownText.Code(text, inTable: inTable))
        bytes.write("](")
        bytes.write(target)
        bytes.append(UInt8(ascii: ")"))
    }
}

/// `[text](target)` with the text escaped as prose.
struct InlineLink: TextPiece {
    let text: String
    let target: LinkTarget

    func append(to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        bytes.write(MarkdownText.Inline(text))
        bytes.write("](")
        bytes.write(target)
        bytes.append(UInt8(ascii: ")"))
    }
}

/// `<a id="anchor"></a>`: raw HTML that GitHub keeps (as `user-content-…`, and it resolves `#…`
/// links to it), so outside links reach a table row or a heading itself.
struct AnchorTag: TextPiece {
    let anchor: String

    func append(to bytes: inout [UInt8]) {
        bytes.write("<a id=\"")
        bytes.write(anchor)
        bytes.write("\"></a>")
    }
}

/// Items separated by `<br>` in one table cell. Every item counts, even an empty one, as the
/// cells were built by joining their items.
struct CellItems {
    private var isFirst = true

    /// Starts the next item: the `<br>` after the one before.
    mutating func next(in bytes: inout [UInt8]) {
        if !isFirst { bytes.append(contentsOf: MarkdownEscaping.lineBreakTag) }
        isFirst = false
    }
}

/// Bytes borrowed from a string (a line of it), written as they are.
extension UnsafeBufferPointer<UInt8>: TextPiece {
    func append(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: self)
    }
}
