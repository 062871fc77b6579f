extension SchemaLanguage {
    /// The namespace of every element of the language.
    public static let namespace = "urn:inicis-codegen:schema:1"

    /// The name of the root element.
    public static let rootElementName = "schema"
}
