import InicisSchema
import InicisV2

/// Requests with every field of an operation set, built from the schema alone: what an app
/// that uses everything would send. Personal and credential values (and everything inside a
/// personal object such as `address`) are markers that appear nowhere else, so a test can look
/// for them in whatever the library prints.
///
/// A one-of object can hold only one alternative: variant `n` takes alternative `n` (or the last),
/// so that `variants` requests together reach every alternative.
struct FilledRequests {
    let schema: Schema

    struct Filled {
        var json: Inicis.JSON
        /// Every marker, by the path it was put at.
        var markers: [String: String]
    }

    /// How many variants reach every alternative of every one-of object.
    var variants: Int {
        schema.objects.filter { $0.shape == .oneOf }.map(\.fields.count).max() ?? 1
    }

    func request(operationID: String, variant: Int) -> Filled? {
        guard let operation = schema.operation(operationID) else { return nil }
        var builder = Builder(schema: schema, variant: variant)
        let json = builder.object(operation.body, path: "", sensitive: false, ancestors: [])
        return Filled(json: json, markers: builder.markers)
    }

    private struct Builder {
        let schema: Schema
        let variant: Int
        var markers: [String: String] = [:]

        mutating func object(_ id: String, path: String, sensitive: Bool, ancestors: [String]) -> Inicis.JSON {
            guard let object = schema.object(id), !ancestors.contains(id) else { return .object([]) }
            var fields = object.fields
            if object.shape == .oneOf, !fields.isEmpty {
                fields = [fields[min(variant, fields.count - 1)]]
            }
            return .object(fields.map { field in
                let fieldPath = path.isEmpty ? field.wireName : path + "." + field.wireName
                let isSensitive = sensitive || field.isPersonal || field.isSecret
                return Inicis.JSON.Member(field.wireName, value(field.type, path: fieldPath, sensitive: isSensitive, ancestors: ancestors + [id]))
            })
        }

        mutating func value(_ type: FieldType, path: String, sensitive: Bool, ancestors: [String]) -> Inicis.JSON {
            switch type {
            case .string where sensitive, .enumeration where sensitive:
                let marker = Self.marker(markers.count)
                markers[path] = marker
                return .string(marker)
            case .string:
                return "sample"
            case .enumeration(let id):
                return .string(schema.enumType(id)?.values.first?.wire ?? "X")
            case .dateTime:
                return "2099-01-01T00:00:00+09:00"
            case .integer:
                return 1
            case .boolean:
                return true
            case .json:
                return ["note": "free-form", "count": 2]
            case .object(let id), .oneOf(let id):
                return object(id, path: path, sensitive: sensitive, ancestors: ancestors)
            case .array(let element):
                return .array([value(element, path: path + "[0]", sensitive: sensitive, ancestors: ancestors)])
            }
        }

        /// A value no printed text contains by chance, and no five characters of which another
        /// marker contains: eight Hangul syllables drawn from the field's number.
        static func marker(_ index: Int) -> String {
            var state = UInt64(index) &* 0x9E37_79B9_7F4A_7C15 &+ 1
            var text = ""
            for _ in 0..<8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.unicodeScalars.append(Unicode.Scalar(0xAC00 + UInt32((state >> 33) % 11_172))!)
            }
            return text
        }
    }
}

/// What must not be printed of a private value: the value itself, and, when it is longer than
/// four characters, any five characters of it in a row (a mask may keep the last four).
enum PrivateParts {
    static func leak(of value: String, in text: String) -> String? {
        let characters = Array(value)
        if text.contains(value) { return value }
        guard characters.count > 4 else { return nil }
        for start in 0...(characters.count - 5) {
            let window = String(characters[start..<start + 5])
            if text.contains(window) { return window }
        }
        return nil
    }
}

/// Every way an app's log gets the text of a value.
enum PrintedForms {
    static func all(_ value: Any) -> [(form: String, text: String)] {
        var dumped = ""
        dump(value, to: &dumped)
        var printed = ""
        print(value, to: &printed)
        var debugPrinted = ""
        debugPrint(value, to: &debugPrinted)
        return [
            ("description", String(describing: value)),
            ("debugDescription", String(reflecting: value)),
            ("dump", dumped),
            ("interpolation", "\(value)"),
            ("print", printed),
            ("debugPrint", debugPrinted),
            ("optional", String(describing: Optional(value))),
            ("array", String(describing: [value])),
            ("mirror", Mirror(reflecting: value).children.map { "\($0.label ?? ""): \($0.value)" }.joined(separator: ", ")),
        ]
    }
}
