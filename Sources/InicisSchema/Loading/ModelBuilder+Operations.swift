extension ModelBuilder {
    mutating func operation(_ node: ElementNode) -> Operation {
        Operation(
            id: node.attribute("id") ?? "",
            kind: node.attribute("kind") == "rest" ? .rest : .sdk,
            function: node.attribute("function"),
            httpMethod: node.attribute("method"),
            path: node.attribute("path"),
            pathParameters: node.children(named: "path-parameter").map { field($0) },
            body: node.attribute("body") ?? "",
            rules: node.child(named: "rules").map { rules(in: $0) } ?? [],
            examples: node.child(named: "examples")?.children(named: "example").map(example) ?? [],
            docsURL: node.attribute("docs"),
            documentation: documentation(of: node),
            location: location(of: node)
        )
    }

    func example(_ node: ElementNode) -> Example {
        Example(
            id: node.attribute("id") ?? "",
            platform: node.attribute("platform").flatMap(Platform.init(rawValue:)) ?? .pc,
            json: node.child(named: "json")?.text ?? "",
            expectedIssues: node.children(named: "expect").map { expect in
                ExpectedIssue(
                    path: expect.attribute("path") ?? "",
                    code: expect.attribute("code") ?? "",
                    severity: expect.attribute("severity").flatMap(Severity.init(rawValue:)) ?? .error
                )
            },
            contracts: (node.attribute("contracts") ?? "").xmlListItems,
            isQuickStart: node.attribute("quick-start") == "true",
            documentation: documentation(of: node),
            location: location(of: node)
        )
    }

    func payMethodTable(_ node: ElementNode) -> PayMethodTable {
        PayMethodTable(
            id: node.attribute("id") ?? "",
            title: node.attribute("title") ?? "",
            parameter: node.attribute("parameter") ?? "",
            operations: (node.attribute("operations") ?? "").xmlListItems,
            rows: node.children(named: "row").map { row in
                PayMethodTable.Row(value: row.attribute("value") ?? "", label: row.text, location: location(of: row))
            },
            documentation: documentation(of: node),
            location: location(of: node)
        )
    }
}
