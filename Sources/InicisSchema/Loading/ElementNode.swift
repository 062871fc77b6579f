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
    var children: [ElementNode] {
        var result: [ElementNode] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { result.append(ElementNode(pointer: node)) }
            child = node.pointee.next
        }
        return result
    }

    /// Compares without building a Swift string: the builder asks this for every node it reads.
    func isNamed(_ name: StaticString) -> Bool {
        xmlStrEqual(pointer.pointee.name, name.utf8Start) != 0
    }

    func children(named name: StaticString) -> [ElementNode] {
        children.filter { $0.isNamed(name) }
    }

    func child(named name: StaticString) -> ElementNode? {
        children.first { $0.isNamed(name) }
    }

    /// The text and CDATA directly inside the element, exactly as written.
    var rawText: String {
        var bytes: [UInt8] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE, let content = node.pointee.content {
                var cursor = content
                while cursor.pointee != 0 {
                    bytes.append(cursor.pointee)
                    cursor += 1
                }
            }
            child = node.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
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
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
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
