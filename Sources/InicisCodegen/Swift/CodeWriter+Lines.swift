/// `line` for one to eight pieces (and `block` for two to four), as ordinary generic functions.
/// A parameter pack is the same call for any number of pieces, but Swift 6.3 walks it
/// generically even in specialized code, copying each piece through its value witness (about a
/// hundred instructions a piece); these overloads are specialized like any generic function.
/// Swift prefers them to the pack versions.
extension CodeWriter {
    mutating func line<A: TextPiece>(_ a: A) {
        writeLine { output in
            a.append(to: &output)
        }
    }

    mutating func line<A: TextPiece, B: TextPiece>(_ a: A, _ b: B) {
        writeLine { output in
            a.append(to: &output)
            b.append(to: &output)
        }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece>(_ a: A, _ b: B, _ c: C) {
        writeLine { output in
            a.append(to: &output)
            b.append(to: &output)
            c.append(to: &output)
        }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece>(_ a: A, _ b: B, _ c: C, _ d: D) {
        writeLine { output in
            a.append(to: &output)
            b.append(to: &output)
            c.append(to: &output)
            d.append(to: &output)
        }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E
    ) {
        writeLine { output in
            a.append(to: &output)
            b.append(to: &output)
            c.append(to: &output)
            d.append(to: &output)
            e.append(to: &output)
        }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece, F: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F
    ) {
        writeLine { output in
            a.append(to: &output)
            b.append(to: &output)
            c.append(to: &output)
            d.append(to: &output)
            e.append(to: &output)
            f.append(to: &output)
        }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece, F: TextPiece, G: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G
    ) {
        writeLine { output in
            a.append(to: &output)
            b.append(to: &output)
            c.append(to: &output)
            d.append(to: &output)
            e.append(to: &output)
            f.append(to: &output)
            g.append(to: &output)
        }
    }

    mutating func line<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece, E: TextPiece, F: TextPiece, G: TextPiece, H: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, _ e: E, _ f: F, _ g: G, _ h: H
    ) {
        writeLine { output in
            a.append(to: &output)
            b.append(to: &output)
            c.append(to: &output)
            d.append(to: &output)
            e.append(to: &output)
            f.append(to: &output)
            g.append(to: &output)
            h.append(to: &output)
        }
    }

    // `block` openers of two to four pieces, for the same reason.

    mutating func block<A: TextPiece, B: TextPiece>(_ a: A, _ b: B, body: (inout CodeWriter) -> Void) {
        line(a, b, " {")
        indented(body)
        line("}")
    }

    mutating func block<A: TextPiece, B: TextPiece, C: TextPiece>(_ a: A, _ b: B, _ c: C, body: (inout CodeWriter) -> Void) {
        line(a, b, c, " {")
        indented(body)
        line("}")
    }

    mutating func block<A: TextPiece, B: TextPiece, C: TextPiece, D: TextPiece>(
        _ a: A, _ b: B, _ c: C, _ d: D, body: (inout CodeWriter) -> Void
    ) {
        line(a, b, c, d, " {")
        indented(body)
        line("}")
    }
}
