import ArgumentParser

/// Turns the failures every command shares into one line on stderr and the right exit status,
/// never a stack trace.
enum Invocation {
    static func run(_ body: () async throws -> Void) async throws {
        do { try await body() } catch { throw reported(error) }
    }

    static func run(_ body: () throws -> Void) throws {
        do { try body() } catch { throw reported(error) }
    }

    /// Unusable input is said in one line and becomes exit status 2; anything else passes through.
    private static func reported(_ error: any Error) -> any Error {
        guard let unusable = error as? UnusableInput else { return error }
        Terminal.err(unusable.description)
        return ExitStatus.unusableInput
    }
}
