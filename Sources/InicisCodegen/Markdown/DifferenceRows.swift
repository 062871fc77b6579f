import InicisSchema

/// Where the guide and PortOne's schemas differ, for everything one operation's page shows: the
/// operation, its field rows, its objects, its enums and their values. The operation page and
/// `differences.md` list the same rows; `onPage` decides whether links stay on the page.
struct DifferenceRows {
    let context: OperationContext
    let onPage: Bool
    /// Every row, before any of it is written: the pages ask whether there are rows at all.
    let rows: [(location: DifferenceLocation, difference: GuideDifference)]

    static let header = ["위치", "가이드", "포트원", "설명"]

    init(context: OperationContext, onPage: Bool) {
        self.context = context
        self.onPage = onPage
        rows = Self.collect(context)
    }

    var isEmpty: Bool { rows.isEmpty }

    /// The table rows, in order.
    func add(to table: inout MarkdownTable) {
        for (location, difference) in rows {
            table.addRow { row in
                row.add(LocationText(location: location, context: context, onPage: onPage))
                Self.addCells(difference, to: &row)
            }
        }
    }

    /// The guide's name, PortOne's and the explanation, after a row's location.
    static func addCells(_ difference: GuideDifference, to row: inout MarkdownRow) {
        row.add(MarkdownText.Code(difference.guide))
        row.add(MarkdownText.Code(difference.wire))
        row.add(MarkdownText.Inline(difference.explanation))
    }

    /// The same cells as strings.
    static func cells(_ difference: GuideDifference) -> [String] {
        [MarkdownText.code(difference.guide), MarkdownText.code(difference.wire), MarkdownText.inline(difference.explanation)]
    }

    private static func collect(_ context: OperationContext) -> [(location: DifferenceLocation, difference: GuideDifference)] {
        var rows: [(location: DifferenceLocation, difference: GuideDifference)] = []
        func add(_ location: DifferenceLocation, _ differences: [GuideDifference]) {
            for difference in differences { rows.append((location, difference)) }
        }
        add(.operation, context.operation.documentation.differences)
        for (parameter, anchor) in zip(context.operation.pathParameters, context.anchors.pathParameters) {
            add(.pathParameter(parameter.wireName, anchor: anchor), parameter.documentation.differences)
        }
        // By index: iterating the field rows would copy each `FieldRow`.
        let fields = context.fields.rows
        for index in fields.indices where !fields[index].field.documentation.differences.isEmpty {
            add(.field(fields[index].path, anchor: context.anchors.rows[index]), fields[index].field.documentation.differences)
        }
        // Object-level differences, once per object however often it appears.
        var seen = Set<String>()
        for occurrence in context.fields.occurrences where seen.insert(occurrence.object.id).inserted {
            add(.object(occurrence.object.id), occurrence.object.documentation.differences)
        }
        for enumType in context.enumIDs.compactMap(context.schema.enumType) {
            add(.enumType(enumType.id), enumType.documentation.differences)
            for value in enumType.values {
                add(.enumValue(enumType.id, wire: value.wire), value.documentation.differences)
            }
        }
        return rows
    }
}

/// What a difference row is about.
enum DifferenceLocation {
    case operation
    case pathParameter(String, anchor: String)
    case field(String, anchor: String)
    case object(String)
    case enumType(String)
    case enumValue(String, wire: String)
}

/// The location cell: `연동 전체`, a link to the field's row or to the object's or enum's section.
private struct LocationText: TextPiece {
    let location: DifferenceLocation
    let context: OperationContext
    let onPage: Bool

    func append(to bytes: inout [UInt8]) {
        switch location {
        case .operation:
            bytes.write("연동 전체")
        case .pathParameter(let name, let anchor):
            bytes.write(CodeLink(text: name, target: context.target(anchor, onPage: onPage)), " (경로 파라미터)")
        case .field(let path, let anchor):
            bytes.write(CodeLink(text: path, target: context.target(anchor, onPage: onPage)))
        case .object(let id):
            bytes.write("객체 ", section(id, context.anchors.objectSection(id)))
        case .enumType(let id):
            bytes.write("열거형 ", section(id, context.anchors.enumSection(id)))
        case .enumValue(let id, let wire):
            bytes.write("열거형 ", section(id, context.anchors.enumSection(id)), " 값 ", MarkdownText.Code(wire))
        }
    }

    private func section(_ id: String, _ anchor: String?) -> CodeLink {
        CodeLink(text: id, target: anchor.map { context.target($0, onPage: onPage) })
    }
}
