import Foundation

extension Inicis {
    /// What every generated request object and one-of enum is, inside the library: a value with a
    /// JSON form that the schema tables describe. Encoding, equality, validation, the redacted
    /// `description` and `dump` all start from that form, here, compiled once for every model.
    @_spi(InicisCodegen) public protocol GeneratedModel: Inicis.WireValue {
        /// The object's id in the schema tables (`Customer`).
        static var schemaObjectID: String { get }
        /// The tables of the library the model belongs to.
        static var catalog: Inicis.RequestCatalog { get }
    }

    /// A generated struct: its properties read and write its wire object, the only thing it stores.
    @_spi(InicisCodegen) public protocol GeneratedStruct: Inicis.GeneratedModel {
        var wireObject: Inicis.WireObject { get }
        init(wireObject: Inicis.WireObject)
    }
}

@_spi(InicisCodegen) extension Inicis.GeneratedStruct {
    public init?(wire: Inicis.JSON) {
        guard let object = Inicis.WireObject(wire: wire, object: Self.schemaObjectID, in: Self.catalog) else { return nil }
        self.init(wireObject: object)
    }

    public var wireJSON: Inicis.JSON { wireObject.json }

    /// The wire object of a new model: its unknown fields, and nothing else yet.
    public static func newWireObject(unknownFields: Inicis.UnknownFields) -> Inicis.WireObject {
        Inicis.WireObject(object: schemaObjectID, in: catalog, unknownFields: unknownFields)
    }

    /// The wire object `decoder` holds, checked against the model's fields.
    public static func decodeWireObject(from decoder: any Decoder) throws -> Inicis.WireObject {
        try Inicis.WireObject(from: decoder, object: schemaObjectID, in: catalog)
    }
}

@_spi(InicisCodegen) extension Inicis.GeneratedModel {
    /// The members of the object `decoder` holds, checked against the model's fields: what a
    /// one-of reads its case from.
    public static func decodeMembers(from decoder: any Decoder) throws -> [Inicis.JSON.Member] {
        let spec = catalog.modelObject(schemaObjectID)
        return try Inicis.WireChecker.object(Inicis.JSON(from: decoder), spec, in: catalog, at: decoder.codingPath)
    }

    /// Encodes the wire form, unknown fields included.
    public func encodeModel(to encoder: any Encoder) throws {
        try wireJSON.encode(to: encoder)
    }

    /// `Customer {"email":"<개인정보>","name":{"full":"<개인정보>"}}`: the wire form with every
    /// personal, card and unknown value hidden.
    public var redactedDescription: String {
        Inicis.ModelWireForm.redactedDescription(of: wireJSON, objectID: Self.schemaObjectID, catalog: Self.catalog)
    }

    /// What `dump` shows: the wire keys, with the same values hidden as in `redactedDescription`.
    public var redactedMirror: Mirror {
        Inicis.ModelWireForm.redactedMirror(of: self, wire: wireJSON, objectID: Self.schemaObjectID, catalog: Self.catalog)
    }

    /// Two models are equal when they go on the wire the same, unknown fields included.
    public func wireFormEquals(_ other: Self) -> Bool {
        wireJSON == other.wireJSON
    }

    public func hashWireForm(into hasher: inout Hasher) {
        hasher.combine(wireJSON)
    }
}

extension Inicis {
    /// The redacted views of a model's wire form.
    enum ModelWireForm {
        static func redactedDescription(of wire: Inicis.JSON, objectID: String, catalog: Inicis.RequestCatalog) -> String {
            let document = Inicis.JSONDocument(wire)
            return objectID + " " + Inicis.RedactedJSON(document: document, catalog: catalog)
                .text(at: Inicis.JSONDocument.root, object: catalog.object(objectID))
        }

        static func redactedMirror(of model: Any, wire: Inicis.JSON, objectID: String, catalog: Inicis.RequestCatalog) -> Mirror {
            let document = Inicis.JSONDocument(wire)
            let node = Inicis.RedactedJSON(document: document, catalog: catalog)
                .node(at: Inicis.JSONDocument.root, object: catalog.object(objectID), typeName: objectID)
            return Mirror(model, children: node.children.map { (label: $0.label, value: $0.node as Any) }, displayStyle: .struct)
        }
    }
}
