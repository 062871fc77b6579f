// Copied from Sources/InicisRuntime/GeneratedModel.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

import Foundation

/// What every generated request object and one-of enum is, inside the library: it writes itself
/// into a `JSONDocument`, and the schema tables know its fields. Encoding, validation, the
/// redacted `description` and `dump` all start from that one write.
protocol GeneratedModel: JSONDocumentWritable {
    /// The object's id in the schema tables (`Customer`).
    static var schemaObjectID: String { get }
    /// The tables of the library the model belongs to.
    static var catalog: RequestCatalog { get }
}

extension GeneratedModel {
    /// Encodes what `write(to:)` writes, unknown fields included.
    func encodeModel(to encoder: any Encoder) throws {
        try JSONDocument(self).json().encode(to: encoder)
    }

    /// `Customer {"email":"<개인정보>","name":{"full":"<개인정보>"}}`: the wire form with every
    /// personal, card and unknown value hidden.
    var redactedDescription: String {
        let document = JSONDocument(self)
        return Self.schemaObjectID + " " + RedactedJSON(document: document, catalog: Self.catalog)
            .text(at: JSONDocument.root, object: Self.catalog.object(Self.schemaObjectID))
    }

    /// What `dump` shows: the wire keys, with the same values hidden as in `redactedDescription`.
    var redactedMirror: Mirror {
        let document = JSONDocument(self)
        let node = RedactedJSON(document: document, catalog: Self.catalog)
            .node(at: JSONDocument.root, object: Self.catalog.object(Self.schemaObjectID), typeName: Self.schemaObjectID)
        return Mirror(self, children: node.children.map { (label: $0.label, value: $0.node as Any) }, displayStyle: .struct)
    }
}

extension KeyedDecodingContainer where Key == WireKey {
    /// The value of a required key: missing or `null` is a decoding error at that key.
    func required<Value: Decodable>(_ key: String) throws -> Value {
        try decode(Value.self, forKey: WireKey(key))
    }

    /// The value of an optional key: missing and `null` are both nil.
    func optional<Value: Decodable>(_ key: String) throws -> Value? {
        try decodeIfPresent(Value.self, forKey: WireKey(key))
    }
}

extension Decoder {
    /// The object this decoder holds, keyed by wire names.
    func wireContainer() throws -> KeyedDecodingContainer<WireKey> {
        try container(keyedBy: WireKey.self)
    }
}
