import ArgumentParser

/// Turns the failures every command shares into one line on stderr and the right exit status,
/// never a stack trace.
enum Invocation {
    static func run(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let unusable as UnusableInput {
            Terminal.err(unusable.description)
            throw ExitStatus.unusableInput
        }
    }

    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let unusable as UnusableInput {
            Terminal.err(unusable.description)
            throw ExitStatus.unusableInput
        }
    }
}
