/// Small `TextPiece`s the pages are made of: links and anchors written straight into a page, so
/// that a cell like `[`customer.email`](payment.md#payment-customer-email)` is never a `String`.

extension Array<UInt8> {
    /// The pieces' bytes, in order: for pieces that are themselves made of pieces.
    @inline(__always)
    mutating func write<each Piece: TextPiece>(_ pieces: repeat each Piece) {
        repeat (each pieces).append(to: &self)
    }
}

/// `payment.md#anchor`, or `#anchor` on the page itself.
struct LinkTarget: TextPiece {
    /// Empty for a link within the page.
    let page: String
    let anchor: String

    func append(to bytes: inout [UInt8]) {
        bytes.write(page, "#", anchor)
    }
}

/// `[`text`](target)` with the text as a code span; in a table cell its pipes are escaped.
struct CodeLink<Target: TextPiece>: TextPiece {
    let text: String
    let target: Target
    var inTable = true

    func append(to bytes: inout [UInt8]) {
        bytes.write("[", MarkdownText.Code(text, inTable: inTable), "](", target, ")")
    }
}

/// `[label](target)` with any label.
struct MarkdownLink<Label: TextPiece, Target: TextPiece>: TextPiece {
    let label: Label
    let target: Target

    func append(to bytes: inout [UInt8]) {
        bytes.write("[", label, "](", target, ")")
    }
}

/// `<a id="anchor"></a>`: raw HTML that GitHub keeps (as `user-content-…`, and it resolves `#…`
/// links to it), so outside links reach a table row or a heading itself.
struct AnchorTag: TextPiece {
    let anchor: String

    func append(to bytes: inout [UInt8]) {
        bytes.write("<a id=\"", anchor, "\"></a>")
    }
}

/// One of two kinds of piece: a link when there is a target, plain code when there is none.
enum Either<First: TextPiece, Second: TextPiece>: TextPiece {
    case first(First)
    case second(Second)

    func append(to bytes: inout [UInt8]) {
        switch self {
        case .first(let piece): piece.append(to: &bytes)
        case .second(let piece): piece.append(to: &bytes)
        }
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
