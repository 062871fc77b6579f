import ArgumentParser
import Foundation
import InicisV2

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Report every mistake in a request, for the platform it is sent from.",
        discussion: """
            Errors are what PortOne or Inicis would reject; warnings are parameters without effect, unknown keys \
            and features that need an Inicis contract. Exit 0 when there are no errors, 1 when there are, 2 for \
            unusable input (unreadable file, not JSON, unknown operation, contract or option value).
            """
    )

    @Option(help: "The operation id: payment, issue-billing-key, instant-payment, …")
    var operation: String

    @Option(help: "pc or mobile, for SDK operations (default: pc). REST operations are always validated as api.")
    var platform: String?

    @Option(name: .customLong("contract"), help: "A contract you have with Inicis (repeatable): vat-tax-free, escrow, …")
    var contracts: [String] = []

    @Option(help: "The current time as an RFC 3339 date-time, for reproducible runs (default: the clock).")
    var now: String?

    @Option(help: "text (one issue per line and a summary) or json.")
    var format: String = "text"

    @Argument(help: "The request JSON file, or - for standard input.")
    var file: String

    func run() throws {
        try Invocation.run {
            let options = try ValidationOptions(
                operationID: operation, platform: platform, contracts: contracts, now: now, format: format)
            let json = try RequestInput.read(file)
            let issues: [ValidationIssue]
            do {
                issues = try options.operation.validate(
                    json: json, platform: options.platform, contracts: options.contracts, now: options.now)
            } catch {
                throw UnusableInput(description: "\(RequestInput.displayName(file)): error: not valid JSON")
            }
            Terminal.out(IssueReport.render(issues, as: options.format), terminator: "")
            if issues.containsErrors { throw ExitStatus.failure }
        }
    }
}

/// The command's options, checked: anything unusable is exit 2 with one line, like a bad file.
struct ValidationOptions {
    enum Format: String {
        case text
        case json
    }

    var operation: any ValidatableOperation.Type
    var platform: InicisV2.Platform
    var contracts: Set<InicisContract>
    var now: Date
    var format: Format

    init(operationID: String, platform: String?, contracts: [String], now: String?, format: String) throws {
        let found = try OperationLookup.find(operationID)
        guard let operation = found as? any ValidatableOperation.Type else {
            throw UnusableInput(description: "error: operation '\(operationID)' has no validator")
        }
        self.operation = operation
        self.platform = try Self.platform(platform, for: operation)
        self.contracts = try Set(contracts.map(Self.contract))
        self.now = try now.map(Self.date) ?? Date()
        guard let format = Format(rawValue: format) else {
            throw UnusableInput(description: "error: unknown format '\(format)'; use text or json")
        }
        self.format = format
    }

    /// `pc` or `mobile` for SDK operations; REST operations run on `api` only.
    private static func platform(_ name: String?, for operation: any ValidatableOperation.Type) throws -> InicisV2.Platform {
        guard let name else { return operation.defaultPlatform }
        guard operation.platforms.contains(.pc) || operation.platforms.contains(.mobile) else {
            throw UnusableInput(description: "error: --platform applies to SDK operations; '\(operation.id)' is a REST API call and is always validated as api")
        }
        guard let platform = InicisV2.Platform(rawValue: name), operation.platforms.contains(platform) else {
            throw UnusableInput(description: "error: unknown platform '\(name)'; use pc or mobile")
        }
        return platform
    }

    private static func contract(_ id: String) throws -> InicisContract {
        guard let contract = InicisContract.allCases.first(where: { $0.rawValue == id }) else {
            let known = InicisContract.allCases.map(\.rawValue).joined(separator: ", ")
            throw UnusableInput(description: "error: unknown contract '\(id)'; known contracts: \(known)")
        }
        return contract
    }

    private static func date(_ text: String) throws -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        throw UnusableInput(description: "error: --now '\(text)' is not an RFC 3339 date-time (e.g. 2026-01-01T00:00:00+09:00)")
    }
}
