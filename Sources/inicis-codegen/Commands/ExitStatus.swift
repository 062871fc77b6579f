import ArgumentParser

/// The exit statuses scripts rely on (DESIGN.md, "The CLI").
enum ExitStatus {
    /// Schema errors, stale output, or a request with errors.
    static let failure = ExitCode(1)
    /// Input the tool cannot use at all: a missing or unreadable file, a bad argument.
    static let unusableInput = ExitCode(2)
}

/// A problem that ends the command with one line on stderr and exit status 2.
struct UnusableInput: Error, CustomStringConvertible {
    var description: String
}
