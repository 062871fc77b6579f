import Foundation

extension Inicis.RequestCatalog {
    /// Every issue of the JSON request `json` for the operation `operationID`, sent from
    /// `platform`, sorted by path. Throws only when the text is not JSON; a value of the wrong
    /// type, a duplicate key or an unknown key is an issue at its path.
    ///
    /// - Precondition: `operationID` is one of `operationIDs`.
    public func validate(
        json: Data,
        operation operationID: String,
        platform: Inicis.Platform,
        contracts: Set<Inicis.Contract>,
        now: Date
    ) throws(Inicis.JSONSyntaxError) -> [Inicis.ValidationIssue] {
        let request = try Inicis.JSON(parsing: json)
        return validate(Inicis.JSONDocument(request), operation: operationID, platform: platform, contracts: contracts, now: now)
    }

    /// The platforms the operation is sent from; nil for an unknown operation.
    public func platforms(ofOperation operationID: String) -> [Inicis.Platform]? {
        operation(operationID)?.platforms
    }

    /// Every issue of a generated model's request, as its wire form.
    @_spi(InicisCodegen) public func validate(
        _ request: some Inicis.WireValue,
        operation operationID: String,
        platform: Inicis.Platform,
        contracts: Set<Inicis.Contract>,
        now: Date
    ) -> [Inicis.ValidationIssue] {
        validate(Inicis.JSONDocument(request.wireJSON), operation: operationID, platform: platform, contracts: contracts, now: now)
    }

    func validate(
        _ document: Inicis.JSONDocument,
        operation operationID: String,
        platform: Inicis.Platform,
        contracts: Set<Inicis.Contract>,
        now: Date
    ) -> [Inicis.ValidationIssue] {
        guard let operation = operation(operationID) else {
            preconditionFailure("Inicis.RequestCatalog: unknown operation '\(operationID)'")
        }
        let validator = Inicis.RequestValidator(document, catalog: self, platform: platform, contracts: contracts, now: now)
        return validator.validate(as: operation)
    }
}
