// Copied from Sources/InicisRuntime/GeneratedModel.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

import Foundation

extension Inicis {
    /// What every generated request object and one-of enum is, inside the library: it writes itself
    /// into a `Inicis.JSONDocument`, and the schema tables know its fields. Encoding, validation, the
    /// redacted `description` and `dump` all start from that one write.
    protocol GeneratedModel: Inicis.JSONDocumentWritable {
        /// The object's id in the schema tables (`Customer`).
        static var schemaObjectID: String { get }
        /// The tables of the library the model belongs to.
        static var catalog: Inicis.RequestCatalog { get }
    }
}

extension Inicis.GeneratedModel {
    /// Encodes what `write(to:)` writes, unknown fields included.
    func encodeModel(to encoder: any Encoder) throws {
        try Inicis.JSONDocument(self).json().encode(to: encoder)
    }

    /// `Customer {"email":"<개인정보>","name":{"full":"<개인정보>"}}`: the wire form with every
    /// personal, card and unknown value hidden.
    var redactedDescription: String {
        let document = Inicis.JSONDocument(self)
        return Self.schemaObjectID + " " + Inicis.RedactedJSON(document: document, catalog: Self.catalog)
            .text(at: Inicis.JSONDocument.root, object: Self.catalog.object(Self.schemaObjectID))
    }

    /// What `dump` shows: the wire keys, with the same values hidden as in `redactedDescription`.
    var redactedMirror: Mirror {
        let document = Inicis.JSONDocument(self)
        let node = Inicis.RedactedJSON(document: document, catalog: Self.catalog)
            .node(at: Inicis.JSONDocument.root, object: Self.catalog.object(Self.schemaObjectID), typeName: Self.schemaObjectID)
        return Mirror(self, children: node.children.map { (label: $0.label, value: $0.node as Any) }, displayStyle: .struct)
    }
}
