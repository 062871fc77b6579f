import Foundation
import InicisSchema

/// Reads and loads the schema, printing its diagnostics compiler-style on stderr.
enum SchemaReading {
    /// Loads the schema at `path`. Returns nil after printing the diagnostics when it has errors;
    /// throws `UnusableInput` when the file cannot be read at all.
    static func load(_ path: String) throws -> Schema? {
        let bytes = try readFile(path)
        let result = SchemaLoader().load(bytes, path: path)
        Terminal.printDiagnostics(result.diagnostics)
        return result.schema
    }

    static func readFile(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UnusableInput(description: "\(path): error: no such file")
        }
        guard !isDirectory.boolValue else {
            throw UnusableInput(description: "\(path): error: is a directory, not a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UnusableInput(description: "\(path): error: cannot read the file (permission denied?)")
        }
        return [UInt8](data)
    }
}
