import InicisSchema

/// What a field is on one platform, as a reader of the page needs it: the schema states each
/// field's requirement relative to its parent object, and a reader must not take "필수" under an
/// optional parent for "always send it", nor "선택" under a parent KG Inicis ignores for "it works".
enum PageRequirement: Sendable, Hashable {
    /// Must be sent: the field is required and so is every object above it.
    case required
    /// Required whenever its parent object is sent; the parent itself may be left out.
    case requiredWithParent
    /// Required as part of a group or under a condition a rule states.
    case conditional
    case optional
    /// KG Inicis does nothing with it (or with an object above it).
    case ignored
    /// Not supported on this platform (or an object above it is not).
    case unsupported
    /// The platform does not send this operation.
    case notApplicable

    var label: String {
        switch self {
        case .required: "필수"
        case .requiredWithParent: "상위 객체를 보낼 때 필수"
        case .conditional: "조건부 필수"
        case .optional: "선택"
        case .ignored: "무시됨"
        case .unsupported: "미지원"
        case .notApplicable: "-"
        }
    }

    /// Whether the field must be thought about at all: anything but plain optional (and the
    /// platforms that do not apply).
    var isNotable: Bool {
        switch self {
        case .optional, .notApplicable: false
        default: true
        }
    }

    /// Each row's requirement on each platform of the operation, worked out from the top down.
    static func table(for fields: OperationFields, platforms: [Platform]) -> [[Platform: PageRequirement]] {
        var result: [[Platform: PageRequirement]] = []
        var rowByPath: [String: Int] = [:]
        for row in fields.rows {
            let parentPath = row.components.dropLast().joined(separator: ".")
            let parent = row.components.count > 1 ? rowByPath[parentPath].map { result[$0] } : nil
            var cells: [Platform: PageRequirement] = [:]
            for platform in platforms {
                cells[platform] = requirement(of: row.field, on: platform, parent: parent?[platform])
            }
            if rowByPath[row.path] == nil { rowByPath[row.path] = result.count }
            result.append(cells)
        }
        return result
    }

    private static func requirement(of field: Field, on platform: Platform, parent: PageRequirement?) -> PageRequirement {
        let own: PageRequirement = switch field.requirements[platform] {
        case .required?: .required
        case .conditional?: .conditional
        case .optional?: .optional
        case .ignored?: .ignored
        case .unsupported?: .unsupported
        case nil: field.requirements.byPlatform.isEmpty ? .optional : .notApplicable
        }
        switch parent {
        case .ignored?, .unsupported?, .notApplicable?: return parent!
        case nil, .required?: return own
        case .requiredWithParent?, .conditional?, .optional?: return own == .required ? .requiredWithParent : own
        }
    }
}
