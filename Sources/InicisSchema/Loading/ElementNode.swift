import CLibXML2

/// A read-only view of one element of a parsed document, valid while its `XMLDocument` lives.
struct ElementNode {
    let pointer: xmlNodePtr

    var name: String {
        String(cString: pointer.pointee.name)
    }

    var namespaceURI: String? {
        guard let namespace = pointer.pointee.ns, let href = namespace.pointee.href else { return nil }
        return String(cString: href)
    }

    /// 1-based; exact past line 65535 thanks to `XML_PARSE_BIG_LINES`.
    var line: Int {
        Int(xmlGetLineNo(pointer))
    }

    /// The child elements in document order. Comments, processing instructions, text and entity
    /// references (never expanded) are skipped.
    var children: ElementChildren {
        ElementChildren(first: pointer.pointee.children, name: nil)
    }

    func isNamed(_ name: StaticString) -> Bool {
        xmlStrEqual(pointer.pointee.name, name.utf8Start) != 0
    }

    func children(named name: StaticString) -> ElementChildren {
        ElementChildren(first: pointer.pointee.children, name: name)
    }

    func child(named name: StaticString) -> ElementNode? {
        var matching = children(named: name).makeIterator()
        return matching.next()
    }

    /// The text and CDATA directly inside the element, exactly as written.
    var rawText: String {
        var pieces = TextPieces()
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE, let content = node.pointee.content {
                pieces.append(content)
            }
            child = node.pointee.next
        }
        return pieces.string
    }

    /// The text without the white space around it, as documentation and values are read.
    var text: String {
        rawText.trimmingXMLWhitespace
    }

    /// The value of an unqualified attribute as written (the parser has already replaced character
    /// references), or nil when the attribute is absent.
    func rawAttribute(_ name: StaticString) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil, xmlStrEqual(current.pointee.name, name.utf8Start) != 0 {
                var pieces = TextPieces()
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { pieces.append(content) }
                    child = node.pointee.next
                }
                return pieces.string
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// An attribute of an `xs:token` type: white space around it removed.
    func attribute(_ name: StaticString) -> String? {
        rawAttribute(name)?.trimmingXMLWhitespace
    }
}

/// The child elements of one element, optionally only those of one name, read straight from the
/// tree.
struct ElementChildren: Sequence {
    let first: xmlNodePtr?
    /// nil: every child element.
    let name: StaticString?

    func makeIterator() -> Iterator {
        Iterator(upcoming: first, name: name)
    }

    struct Iterator: IteratorProtocol {
        /// The sibling to look at next.
        var upcoming: xmlNodePtr?
        let name: StaticString?

        mutating func next() -> ElementNode? {
            while let node = upcoming {
                upcoming = node.pointee.next
                guard node.pointee.type == XML_ELEMENT_NODE else { continue }
                if let name, xmlStrEqual(node.pointee.name, name.utf8Start) == 0 { continue }
                return ElementNode(pointer: node)
            }
            return nil
        }
    }
}

/// The text of one or more libxml2 strings (text nodes, CDATA sections), joined.
private struct TextPieces {
    private var bytes: [UInt8] = []

    mutating func append(_ content: UnsafePointer<xmlChar>) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
    }

    var string: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
