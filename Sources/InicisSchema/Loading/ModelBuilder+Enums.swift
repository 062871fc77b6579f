extension ModelBuilder {
    func enumType(_ node: ElementNode) -> EnumType {
        EnumType(
            id: node.attribute("id") ?? "",
            swiftName: node.attribute("swift-name"),
            aliasPrefix: node.attribute("alias-prefix"),
            values: node.children(named: "value").map(enumValue),
            omissions: node.children(named: "omitted").map { omission($0, naming: "value") },
            docsURL: node.attribute("docs"),
            documentation: documentation(of: node),
            location: location(of: node)
        )
    }

    /// Without `swift-name`, the case name comes from the wire value (`KO_KR` → `koKR`).
    func enumValue(_ node: ElementNode) -> EnumValue {
        let wire = node.attribute("wire") ?? ""
        return EnumValue(
            wire: wire,
            swiftName: node.attribute("swift-name"),
            inicis: node.attribute("inicis").flatMap(InicisSupport.init(rawValue:)) ?? .unspecified,
            documentation: documentation(of: node),
            location: location(of: node)
        )
    }
}
