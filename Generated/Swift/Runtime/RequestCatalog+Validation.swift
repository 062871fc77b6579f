// Copied from Sources/InicisRuntime/RequestCatalog+Validation.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

import Foundation

extension RequestCatalog {
    /// Every issue of the JSON request `json` for the operation `operationID`, sent from
    /// `platform`, sorted by path. Throws only when the text is not JSON; a value of the wrong
    /// type, a duplicate key or an unknown key is an issue at its path.
    ///
    /// - Precondition: `operationID` is one of `operationIDs`.
    public func validate(
        json: Data,
        operation operationID: String,
        platform: InicisPlatform,
        contracts: Set<InicisContract>,
        now: Date
    ) throws(JSONSyntaxError) -> [ValidationIssue] {
        let request = try PortOneJSON(parsing: json)
        return validate(JSONDocument(request), operation: operationID, platform: platform, contracts: contracts, now: now)
    }

    /// The platforms the operation is sent from; nil for an unknown operation.
    public func platforms(ofOperation operationID: String) -> [InicisPlatform]? {
        operation(operationID)?.platforms
    }

    func validate<Request: JSONDocumentWritable>(
        _ request: Request,
        operation operationID: String,
        platform: InicisPlatform,
        contracts: Set<InicisContract>,
        now: Date
    ) -> [ValidationIssue] {
        validate(JSONDocument(request), operation: operationID, platform: platform, contracts: contracts, now: now)
    }

    func validate(
        _ document: JSONDocument,
        operation operationID: String,
        platform: InicisPlatform,
        contracts: Set<InicisContract>,
        now: Date
    ) -> [ValidationIssue] {
        guard let operation = operation(operationID) else {
            preconditionFailure("RequestCatalog: unknown operation '\(operationID)'")
        }
        let validator = RequestValidator(document, catalog: self, platform: platform, contracts: contracts, now: now)
        return validator.validate(as: operation)
    }
}
