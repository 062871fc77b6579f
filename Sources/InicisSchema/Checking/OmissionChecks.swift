extension CheckRun {
    /// An omission says "PortOne defines this, the schema leaves it out on purpose, because…".
    /// Refused here, without PortOne's files: one that names a field (or value) the object (or
    /// enum) has, one written twice, and one without a reason.
    mutating func checkOmissions() {
        for object in schema.objects where !object.omissions.isEmpty {
            let scope = "object '\(object.id)'"
            reportDuplicates(object.omissions, what: "omitted key", in: scope, key: \.name, location: \.location)
            for omission in object.omissions {
                if let field = object.field(omission.name) {
                    error("omitted key '\(omission.name)' of \(scope) is a field of the object (line \(field.location.line)); <omitted> names a key that PortOne defines and the object leaves out", at: omission.location)
                }
                checkReason(of: omission, what: "omitted key", in: scope)
            }
        }
        for enumType in schema.enums where !enumType.omissions.isEmpty {
            let scope = "enum '\(enumType.id)'"
            reportDuplicates(enumType.omissions, what: "omitted value", in: scope, key: \.name, location: \.location)
            for omission in enumType.omissions {
                if let value = enumType.value(omission.name) {
                    error("omitted value '\(omission.name)' of \(scope) is a value of the enum (line \(value.location.line)); <omitted> names a value that PortOne defines and the enum leaves out", at: omission.location)
                }
                checkReason(of: omission, what: "omitted value", in: scope)
            }
        }
    }

    /// The XSD refuses an empty reason, not one of white space only.
    private mutating func checkReason(of omission: Omission, what: String, in scope: String) {
        if omission.reason.isEmpty {
            error("\(what) '\(omission.name)' of \(scope) needs a reason: say why the schema leaves it out", at: omission.location)
        }
    }
}
