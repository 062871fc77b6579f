extension ValidationEngine {
    /// `Swift/Validation/Engine/JSONDocumentWritable.swift`, written as is: it does not depend on the schema.
    static let jsonDocumentWritable = EngineFile(name: "JSONDocumentWritable", source: #"""
/// A value that writes itself into a `JSONDocument` as it goes on the wire: exactly one value, its
/// node followed by its contents. Every generated model does, with its keys in schema order
/// (the order the validator looks keys up fastest in).
protocol JSONDocumentWritable {
    func write(to document: inout JSONDocument)
}

extension String: JSONDocumentWritable {
    func write(to document: inout JSONDocument) { document.writeScalar(.string(self)) }
}

extension Int: JSONDocumentWritable {
    func write(to document: inout JSONDocument) { document.writeScalar(.integer(self)) }
}

extension Bool: JSONDocumentWritable {
    func write(to document: inout JSONDocument) { document.writeScalar(.bool(self)) }
}

extension Array: JSONDocumentWritable where Element: JSONDocumentWritable {
    func write(to document: inout JSONDocument) {
        let array = document.beginArray()
        for (offset, element) in enumerated() {
            document.element(offset, element)
        }
        document.end(array)
    }
}

extension JSONDocumentWritable where Self: RawRepresentable, RawValue == String {
    /// Enums go as their wire value (a value the schema does not know, as it was received).
    func write(to document: inout JSONDocument) { document.writeScalar(.string(rawValue)) }
}
"""#)
}
