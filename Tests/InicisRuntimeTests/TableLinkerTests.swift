import Foundation
@_spi(InicisCodegen) @testable import InicisRuntime
import Testing

@Suite("Linking the tables")
struct TableLinkerTests {
    @Test func refusesReferencesToWhatDoesNotExist() {
        var tables = SampleTables.tables
        tables.objects[0].fields.append(SampleTables.field("ghost", .object("Ghost")))
        #expect(throws: Inicis.SchemaTablesError("unknown object 'Ghost'")) { try Inicis.RequestCatalog(tables) }

        tables = SampleTables.tables
        tables.operations.append(.init(id: "x", body: "Nothing", platforms: [.api], rules: []))
        #expect(throws: Inicis.SchemaTablesError("operation 'x' has an unknown body 'Nothing'")) { try Inicis.RequestCatalog(tables) }

        tables = SampleTables.tables
        tables.enums.append(tables.enums[0])
        #expect(throws: Inicis.SchemaTablesError("enum 'Currency' is declared twice")) { try Inicis.RequestCatalog(tables) }
    }

    @Test func refusesRulesWithoutWhatTheirKindNeeds() {
        var tables = SampleTables.tables
        tables.objects[0].rules?.append(.init(id: "broken", kind: .allowedValues, message: "m"))
        #expect(throws: Inicis.SchemaTablesError("rule 'broken' needs a path")) { try Inicis.RequestCatalog(tables) }
    }

    @Test func readsCharacterClassesAsRanges() {
        #expect(Inicis.TableLinker.ranges(of: "A-Za-z0-9@.") == [65...90, 97...122, 48...57, 64...64, 46...46])
        #expect(Inicis.TableLinker.ranges(of: "-a-") == [45...45, 97...97, 45...45])
    }

    @Test func tablesRoundTripThroughJSONWithReadableTypes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(SampleTables.tables)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""type":"array of object Item""#))
        let decoded = try JSONDecoder().decode(Inicis.SchemaTables.self, from: data)
        #expect(String(decoding: try encoder.encode(decoded), as: UTF8.self) == text)
    }
}
