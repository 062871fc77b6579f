import Foundation

/// Line numbers in the real schema, for tests that break a copy of it and expect diagnostics at
/// the lines they broke.
struct RealSchemaLines {
    let lines: [Substring]

    init() throws {
        lines = try String(contentsOf: PackagePaths.schema, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based numbers of the lines that contain `text`, with those lines.
    func matching(_ text: String) -> [(number: Int, line: Substring)] {
        lines.indices.filter { lines[$0].contains(text) }.map { ($0 + 1, lines[$0]) }
    }

    /// The diagnostics a broken copy gets when `Customer` is no longer referenced: an error at
    /// each former reference, and warnings that `Customer` and the `Address` inside it are unused.
    func unknownCustomer(file: String) -> [(line: Int, text: String)] {
        matching("ref=\"Customer\"").map { ($0.number, "\(file):\($0.number): error: field 'customer': unknown type 'Custmer'; did you mean 'Customer'?") }
            + matching("<object id=\"Customer\"").map { ($0.number, "\(file):\($0.number): warning: object 'Customer' is not used by any operation") }
            + matching("<object id=\"Address\"").map { ($0.number, "\(file):\($0.number): warning: object 'Address' is not used by any operation") }
    }

    /// stderr for `diagnostics`: in line order, then the count.
    static func listing(_ diagnostics: [(line: Int, text: String)], errors: Int, warnings: Int) -> String {
        (diagnostics.sorted { $0.line < $1.line }.map(\.text) + ["\(errors) errors, \(warnings) warnings generated.", ""]).joined(separator: "\n")
    }
}
