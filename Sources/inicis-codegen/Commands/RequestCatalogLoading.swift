import Foundation
@_spi(InicisCodegen) import InicisCodegen
@_spi(InicisCodegen) import InicisRuntime
import InicisSchema

/// The runtime's catalog of the schema at a path: what `validate` and `normalize` run on, so that
/// they work for any schema and agree with the generated library by construction.
enum RequestCatalogLoading {
    static func load(_ schemaPath: String) throws -> Inicis.RequestCatalog {
        guard let schema = try SchemaReading.load(schemaPath) else { throw ExitStatus.failure }
        do {
            return try Inicis.RequestCatalog(SchemaTablesBuilder.tables(for: schema))
        } catch {
            throw UnusableInput(description: "\(schemaPath): error: \(error.description)")
        }
    }

    /// The operation's platforms; an unknown id is unusable input that names the known ones.
    static func platforms(of operationID: String, in catalog: Inicis.RequestCatalog) throws -> [Inicis.Platform] {
        guard let platforms = catalog.platforms(ofOperation: operationID) else {
            let known = catalog.operationIDs.joined(separator: ", ")
            throw UnusableInput(description: "error: unknown operation '\(operationID)'; known operations: \(known)")
        }
        return platforms
    }
}

/// Reads a request from a file or standard input.
enum RequestInput {
    static func read(_ file: String) throws -> [UInt8] {
        if file == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        return try SchemaReading.readFile(file)
    }

    /// The request as JSON; text that is not JSON is unusable input, with where and why.
    static func parse(_ bytes: [UInt8], file: String) throws -> Inicis.JSON {
        do {
            return try Inicis.JSON(parsing: Data(bytes))
        } catch {
            throw UnusableInput(description: "\(displayName(file)): error: not valid JSON (\(error.errorDescription ?? error.reason))")
        }
    }

    static func displayName(_ file: String) -> String {
        file == "-" ? "<stdin>" : file
    }
}
