import InicisSchema

/// Where the guide and PortOne's schemas differ, for everything one operation's page shows: the
/// operation, its field rows, its objects, its enums and their values. The operation page and
/// `differences.md` list the same rows; `onPage` decides whether links stay on the page.
struct DifferenceRows {
    let context: OperationContext
    let onPage: Bool

    static let header = ["위치", "가이드", "포트원", "설명"]

    var rows: [[String]] {
        operationRows + fieldRows + objectRows + enumRows
    }

    static func cells(_ difference: GuideDifference) -> [String] {
        [MarkdownText.code(difference.guide), MarkdownText.code(difference.wire), MarkdownText.inline(difference.explanation)]
    }

    private var operationRows: [[String]] {
        context.operation.documentation.differences.map { ["연동 전체"] + Self.cells($0) }
    }

    private var fieldRows: [[String]] {
        let parameters = zip(context.operation.pathParameters, context.anchors.pathParameters).flatMap { parameter, anchor in
            parameter.documentation.differences.map { difference in
                [Links.code(parameter.wireName, to: context.target(anchor, onPage: onPage)) + " (경로 파라미터)"] + Self.cells(difference)
            }
        }
        return parameters + zip(context.fields.rows, context.anchors.rows).flatMap { row, anchor in
            row.field.documentation.differences.map { difference in
                [Links.code(row.path, to: context.target(anchor, onPage: onPage))] + Self.cells(difference)
            }
        }
    }

    /// Object-level differences, once per object however often it appears.
    private var objectRows: [[String]] {
        var seen = Set<String>()
        return context.fields.occurrences.flatMap { occurrence -> [[String]] in
            let object = occurrence.object
            guard seen.insert(object.id).inserted else { return [] }
            let location = "객체 " + section(object.id, context.anchors.objectSection(object.id))
            return object.documentation.differences.map { [location] + Self.cells($0) }
        }
    }

    private var enumRows: [[String]] {
        context.fields.enumIDs().compactMap(context.schema.enumType).flatMap { enumType -> [[String]] in
            let location = "열거형 " + section(enumType.id, context.anchors.enumSection(enumType.id))
            let own = enumType.documentation.differences.map { [location] + Self.cells($0) }
            let values = enumType.values.flatMap { value in
                value.documentation.differences.map { [location + " 값 " + MarkdownText.code(value.wire)] + Self.cells($0) }
            }
            return own + values
        }
    }

    private func section(_ id: String, _ anchor: String?) -> String {
        guard let anchor else { return MarkdownText.code(id) }
        return Links.code(id, to: context.target(anchor, onPage: onPage))
    }
}
