import InicisCodegen
import InicisSchema
import Testing

@Suite("Schema diff")
struct SchemaComparisonTests {
    private let old = SampleSchema.schema

    private func changes(_ edit: (inout Schema) -> Void) -> [SchemaChange] {
        var new = old
        edit(&new)
        return SchemaComparison.changes(from: old, to: new)
    }

    private func objectIndex(_ schema: Schema, _ id: String) -> Int {
        schema.objects.firstIndex { $0.id == id }!
    }

    @Test("The same schema has no changes")
    func identical() {
        #expect(SchemaComparison.changes(from: old, to: old).isEmpty)
        #expect(ChangelogRenderer.markdown([], oldName: "a", newName: "b") == "## Schema changes: a → b\n\nNo changes.\n")
    }

    @Test("A removed field breaks Swift code; an added optional one does not; an added required one does")
    func fieldsAddedAndRemoved() {
        let result = changes { schema in
            let customer = objectIndex(schema, "Customer")
            schema.objects[customer].fields.removeAll { $0.wireName == "phoneNumber" }
            schema.objects[customer].fields.append(SampleSchema.field("email", .string, pc: .optional, mobile: .optional, doc: SampleSchema.doc("이메일")))
            schema.objects[customer].fields.append(SampleSchema.field("grade", .string, pc: .required, mobile: .required, doc: SampleSchema.doc("등급")))
        }
        #expect(result == [
            SchemaChange(scope: "payment", summary: "field `customer.email` added (string)", impact: .nonBreaking),
            SchemaChange(scope: "payment", summary: "field `customer.grade` added (string), required: a new initializer argument", impact: .breaking),
            SchemaChange(scope: "payment", summary: "field `customer.phoneNumber` removed", impact: .breaking),
        ])
    }

    @Test("A requiredness change per platform is listed; one that changes Swift optionality breaks")
    func requiredness() {
        let result = changes { schema in
            let customer = objectIndex(schema, "Customer")
            let phone = schema.objects[customer].fields.firstIndex { $0.wireName == "phoneNumber" }!
            schema.objects[customer].fields[phone].requirements = PlatformRequirements([.pc: .required, .mobile: .required])
        }
        #expect(result == [
            SchemaChange(scope: "payment", summary: "field `customer.phoneNumber` Swift property becomes non-optional", impact: .breaking),
            SchemaChange(scope: "payment", summary: "field `customer.phoneNumber` on mobile: optional → required", impact: .nonBreaking),
        ])
    }

    @Test("Enum values and rules added or removed are listed")
    func enumsAndRules() {
        let result = changes { schema in
            schema.enums[0].values.removeLast()
            schema.enums[0].values.append(EnumValue(wire: "JPY", swiftName: "jpy", location: SampleSchema.here))
            let customer = objectIndex(schema, "Customer")
            schema.objects[customer].rules.removeAll()
        }
        let currency = old.enums[0]
        #expect(result == [
            SchemaChange(scope: currency.id, summary: "value `\(currency.values.last!.wire)` removed", impact: .breaking),
            SchemaChange(scope: currency.id, summary: "value `JPY` added (exhaustive switches need a new case)", impact: .breaking),
            SchemaChange(scope: "Customer", summary: "rule `customer-name` removed", impact: .nonBreaking),
        ])
    }

    @Test("The changelog lists breaking changes first, each once, as a Markdown list")
    func changelog() {
        let result = changes { schema in
            schema.operations.removeLast()
            let customer = objectIndex(schema, "Customer")
            schema.objects[customer].rules.removeAll()
        }
        let text = ChangelogRenderer.markdown(result, oldName: "old.xml", newName: "new.xml")
        #expect(text == """
            ## Schema changes: old.xml → new.xml

            ### Breaking for downstream Swift code

            - **\(old.operations.last!.id)**: operation `\(old.operations.last!.id)` removed

            ### Non-breaking

            - **Customer**: rule `customer-name` removed
            - **\(old.operations.last!.id)**: rule `memo-contract` removed

            """)
    }
}
