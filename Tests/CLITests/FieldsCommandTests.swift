import Foundation
import Testing

@Suite("fields")
struct FieldsCommandTests {
    private func fields(_ extra: [String] = []) throws -> CommandLineRun {
        try CommandLineRun.inicisCodegen(["fields", "--schema", PackagePaths.schema.path] + extra)
    }

    private func rows(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("TSV has the documented header and six cells on every row")
    func header() throws {
        let run = try fields()
        #expect(run.status == 0, "\(run.stderr)")
        let table = rows(run.stdout)
        #expect(table.first == ["operation", "path", "type", "pc", "mobile", "api"])
        #expect(table.count > 10)
        for row in table { #expect(row.count == 6, "\(row)") }
        let allowed: Set = ["required", "conditional", "optional", "ignored", "unsupported", "-"]
        for row in table.dropFirst() {
            for cell in row[3...] { #expect(allowed.contains(cell), "\(row)") }
        }
    }

    @Test("The guide's PC/mobile split and name group show up per platform")
    func requirednessFromTheGuide() throws {
        let table = rows(try fields(["--operation", "payment"]).stdout)
        func row(_ path: String) -> [String]? { table.first { $0[1] == path } }
        #expect(row("storeId") == ["payment", "storeId", "string", "required", "required", "-"])
        #expect(row("customer.phoneNumber") == ["payment", "customer.phoneNumber", "string", "required", "optional", "-"])
        #expect(row("customer.fullName") == ["payment", "customer.fullName", "string", "conditional", "optional", "-"])
        #expect(row("totalAmount")?[2] == "integer")
        #expect(row("vatAmount") != nil)
        #expect(table.dropFirst().allSatisfy { $0[0] == "payment" })
    }

    @Test("An unknown operation is exit 2 with one line naming the known ones")
    func unknownOperation() throws {
        let run = try fields(["--operation", "refund"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: unknown operation 'refund'; known operations: payment"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test("Text format aligns the same rows")
    func textFormat() throws {
        let tsv = rows(try fields().stdout)
        let text = try fields(["--format", "text"]).stdout.split(separator: "\n")
        #expect(text.count == tsv.count)
        #expect(text.first?.hasPrefix("operation") == true)
    }
}

@Suite("diff")
struct DiffCommandTests {
    @Test("diff prints a changelog of two schema files and classifies each change")
    func diffTwoFiles() throws {
        let scratch = try TemporaryFolder()
        let original = try String(contentsOf: PackagePaths.schema, encoding: .utf8)
        let edited = original.replacingOccurrences(
            of: #"<field name="email" type="string" pc="required" mobile="optional" personal="true">"#,
            with: #"<field name="email" type="string" pc="required" mobile="required" personal="true">"#)
        try #require(edited != original)
        try scratch.write("new.xml", edited)

        let run = try CommandLineRun.inicisCodegen(["diff", PackagePaths.schema.path, scratch.path("new.xml").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            ## Schema changes: \(PackagePaths.schema.path) → \(scratch.path("new.xml").path)

            ### Breaking for downstream Swift code

            - **issue-billing-key**: field `customer.email` Swift property becomes non-optional
            - **issue-billing-key-and-pay**: field `customer.email` Swift property becomes non-optional
            - **payment**: field `customer.email` Swift property becomes non-optional

            ### Non-breaking

            - **issue-billing-key**: field `customer.email` on mobile: optional → required
            - **issue-billing-key-and-pay**: field `customer.email` on mobile: optional → required
            - **payment**: field `customer.email` on mobile: optional → required

            """)

        let same = try CommandLineRun.inicisCodegen(["diff", PackagePaths.schema.path, PackagePaths.schema.path])
        #expect(same.stdout == "## Schema changes: \(PackagePaths.schema.path) → \(PackagePaths.schema.path)\n\nNo changes.\n")
    }
}
