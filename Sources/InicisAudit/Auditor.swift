import InicisSchema

/// `inicis-codegen audit`: the schema against PortOne's two documents, operation by operation.
public enum Auditor {
    /// Every drift of every operation, each with its explanation, and the stale explanations.
    /// Pure: the documents are already read. Throws `UpstreamDocumentError` when a document
    /// cannot be followed where the walk needs it (a `$ref` that leads nowhere).
    public static func audit(_ schema: Schema, sdk: BrowserSDKDocument, openAPI: OpenAPIDocument) throws -> AuditReport {
        var drifts: [Drift] = []
        var sightings = WalkSightings()
        for operation in schema.operations {
            let document: any WireDocument
            let start: OperationRoots.Start
            switch operation.kind {
            case .sdk:
                document = sdk
                start = OperationRoots.sdk(operation, in: sdk)
            case .rest:
                document = openAPI
                start = OperationRoots.rest(operation, in: openAPI)
            }
            drifts += start.drifts
            guard let root = start.root else { continue }
            var walk = RequestWalk(schema: schema, document: document, operationID: operation.id)
            try walk.request(of: operation, against: root)
            drifts += walk.drifts.drifts
            sightings.formUnion(walk.sightings)
        }
        let findings = ExplanationMatcher.explain(drifts, in: schema).sorted(by: Self.reportOrder)
        return AuditReport(
            findings: findings,
            staleExplanations: StaleExplanations.find(in: schema, findings: findings, sightings: sightings)
        )
    }

    private static func reportOrder(_ lhs: AuditFinding, _ rhs: AuditFinding) -> Bool {
        let left = lhs.drift, right = rhs.drift
        return (left.location, left.operationID, left.paths.first ?? "", left.kind.rawValue, left.detail)
            < (right.location, right.operationID, right.paths.first ?? "", right.kind.rawValue, right.detail)
    }
}
