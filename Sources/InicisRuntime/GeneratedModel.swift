import Foundation

extension Inicis {
    /// What every generated request object and one-of enum is, inside the library: it writes itself
    /// into a `Inicis.JSONDocument`, and the schema tables know its fields. Encoding, validation, the
    /// redacted `description` and `dump` all start from that one write.
    @_spi(InicisCodegen) public protocol GeneratedModel: Inicis.JSONDocumentWritable {
        /// The object's id in the schema tables (`Customer`).
        static var schemaObjectID: String { get }
        /// The tables of the library the model belongs to.
        static var catalog: Inicis.RequestCatalog { get }
    }
}

// The members below only hand the model, as an existential, to `ModelWireForm`, where the work is
// compiled once for every model rather than specialized (and the model's `write(to:)` inlined)
// for each of them.
@_spi(InicisCodegen) extension Inicis.GeneratedModel {
    /// Encodes what `write(to:)` writes, unknown fields included.
    public func encodeModel(to encoder: any Encoder) throws {
        try Inicis.ModelWireForm.encode(self, to: encoder)
    }

    /// `Customer {"email":"<개인정보>","name":{"full":"<개인정보>"}}`: the wire form with every
    /// personal, card and unknown value hidden.
    public var redactedDescription: String {
        Inicis.ModelWireForm.redactedDescription(of: self, objectID: Self.schemaObjectID, catalog: Self.catalog)
    }

    /// What `dump` shows: the wire keys, with the same values hidden as in `redactedDescription`.
    public var redactedMirror: Mirror {
        Inicis.ModelWireForm.redactedMirror(of: self, objectID: Self.schemaObjectID, catalog: Self.catalog)
    }

    /// Two models are equal when they go on the wire the same, unknown fields included: one
    /// implementation for every model, where a synthesized `==` per type cost the compiler more
    /// than the model's other code.
    public func wireFormEquals(_ other: Self) -> Bool {
        Inicis.ModelWireForm.equal(self, other)
    }

    public func hashWireForm(into hasher: inout Hasher) {
        Inicis.ModelWireForm.hash(self, into: &hasher)
    }
}

extension Inicis {
    /// What every model does with its wire form, compiled once.
    enum ModelWireForm {
        static func encode(_ model: any Inicis.JSONDocumentWritable, to encoder: any Encoder) throws {
            try Inicis.JSONDocument(writing: model).json().encode(to: encoder)
        }

        static func redactedDescription(of model: any Inicis.JSONDocumentWritable, objectID: String, catalog: Inicis.RequestCatalog) -> String {
            let document = Inicis.JSONDocument(writing: model)
            return objectID + " " + Inicis.RedactedJSON(document: document, catalog: catalog)
                .text(at: Inicis.JSONDocument.root, object: catalog.object(objectID))
        }

        static func redactedMirror(of model: any Inicis.JSONDocumentWritable, objectID: String, catalog: Inicis.RequestCatalog) -> Mirror {
            let document = Inicis.JSONDocument(writing: model)
            let node = Inicis.RedactedJSON(document: document, catalog: catalog)
                .node(at: Inicis.JSONDocument.root, object: catalog.object(objectID), typeName: objectID)
            return Mirror(model, children: node.children.map { (label: $0.label, value: $0.node as Any) }, displayStyle: .struct)
        }

        static func equal(_ lhs: any Inicis.JSONDocumentWritable, _ rhs: any Inicis.JSONDocumentWritable) -> Bool {
            Inicis.JSONDocument(writing: lhs).nodes == Inicis.JSONDocument(writing: rhs).nodes
        }

        static func hash(_ model: any Inicis.JSONDocumentWritable, into hasher: inout Hasher) {
            hasher.combine(Inicis.JSONDocument(writing: model).nodes)
        }
    }
}
