// Copied from Sources/InicisRuntime/RedactedJSON.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// A request shown without its private data: what `description` and `dump` of a generated model
    /// print, so that logs never hold a customer's name, phone number, email or address (personal
    /// data under Korea's PIPA), nor card data.
    ///
    /// A value is hidden when the schema marks its field personal or credential, when it is free-form
    /// JSON (`customData` may hold anything), and when the schema does not know its key at all.
    /// Everything else (amounts, ids, enum values, flags) is shown, so that the log still helps.
    struct RedactedJSON {
        let document: Inicis.JSONDocument
        let catalog: Inicis.RequestCatalog

        static let personal = "<개인정보>"
        static let credential = "<카드·인증 정보>"
        static let unknown = "<알 수 없는 키의 값>"
        static let freeForm = "<JSON>"

        /// One line of JSON-like text.
        func text(at node: Int, object: Inicis.ObjectSpec?) -> String {
            switch document[node].value {
            case .object:
                let members = document.children(of: node).map { member in
                    let key = document.key(of: member)
                    return Inicis.QuotedText.quoted(key) + ":" + memberText(member, field: object?.field(named: key))
                }
                return "{" + members.joined(separator: ",") + "}"
            case .array:
                return "[" + document.children(of: node).map { text(at: $0, object: object) }.joined(separator: ",") + "]"
            default:
                return scalarText(node)
            }
        }

        private func memberText(_ member: Int, field: Inicis.FieldSpec?) -> String {
            if let hidden = hiddenText(field) { return Inicis.QuotedText.quoted(hidden) }
            return text(at: member, object: field.flatMap { objectSpec(of: $0.value) })
        }

        private func scalarText(_ node: Int) -> String {
            switch document[node].value {
            case .null: "null"
            case .bool(let flag): flag ? "true" : "false"
            case .integer(let number): String(number)
            case .number(let number): String(number)
            case .string(let text): Inicis.QuotedText.quoted(text)
            case .array, .object: ""
            }
        }

        /// What shows instead of the value of `field`; nil when the value may be shown.
        func hiddenText(_ field: Inicis.FieldSpec?) -> String? {
            guard let field else { return Self.unknown }
            switch field.sensitivity {
            case .personal: return Self.personal
            case .credential: return Self.credential
            case nil: break
            }
            if case .json = field.value { return Self.freeForm }
            return nil
        }

        func objectSpec(of value: Inicis.ValueSpec) -> Inicis.ObjectSpec? {
            switch value {
            case .object(let index): catalog.objects[index]
            case .array(let element): objectSpec(of: element)
            default: nil
            }
        }

        // MARK: Mirror

        /// A node of `dump`'s tree: leaves print their (possibly hidden) value.
        final class Node: CustomStringConvertible, CustomReflectable {
            let description: String
            let children: [(label: String, node: Node)]
            let isContainer: Bool

            init(description: String, children: [(label: String, node: Node)], isContainer: Bool) {
                self.description = description
                self.children = children
                self.isContainer = isContainer
            }

            var customMirror: Mirror {
                Mirror(self, children: children.map { (label: $0.label, value: $0.node as Any) }, displayStyle: isContainer ? .struct : nil)
            }
        }

        func node(at node: Int, object: Inicis.ObjectSpec?, typeName: String) -> Node {
            switch document[node].value {
            case .object:
                let children = document.children(of: node).map { member -> (label: String, node: Node) in
                    let key = document.key(of: member)
                    let field = object?.field(named: key)
                    if let hidden = hiddenText(field) { return (key, Node(description: hidden, children: [], isContainer: false)) }
                    return (key, self.node(at: member, object: field.flatMap { objectSpec(of: $0.value) }, typeName: key))
                }
                return Node(description: typeName, children: children, isContainer: true)
            case .array:
                let children = document.children(of: node).enumerated().map { offset, element in
                    (label: "[\(offset)]", node: self.node(at: element, object: object, typeName: typeName))
                }
                return Node(description: typeName, children: children, isContainer: true)
            default:
                return Node(description: scalarText(node), children: [], isContainer: false)
            }
        }
    }
}
