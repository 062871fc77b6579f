import Foundation

/// `nobody`, reached through util-linux's `setpriv`: root ignores permission bits, so a test about
/// permissions that root runs has the CLI run as `nobody` to see them enforced.
struct UnprivilegedUser {
    let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
    let arguments = ["--reuid=65534", "--regid=65534", "--clear-groups"]
}

/// Where a permission test runs the CLI: as root, copies of the CLI and the schema in a scratch
/// folder that `nobody` can reach (the checkout itself may sit in a home folder only its owner
/// may enter), run as `nobody`; as any other user, the CLI itself, as that user.
struct PermissionTestBench {
    let scratch: TemporaryFolder
    let executable: URL
    let schema: URL
    let user: UnprivilegedUser?

    /// Why the bench cannot be set up here, or nil when it can. Worked out once, before the tests
    /// that need it run (they are skipped, with this reason, otherwise).
    static let unavailableReason: String? = {
        guard getuid() == 0 else { return nil }
        guard FileManager.default.isExecutableFile(atPath: UnprivilegedUser().setpriv.path) else {
            return "running as root, and /usr/bin/setpriv (util-linux) is missing to drop to nobody"
        }
        guard let base = worldReachableBase else {
            return "running as root, and no temporary folder that nobody may enter was found"
        }
        do {
            let probe = try PermissionTestBench(base: base)
            let run = try probe.runUnprivileged(["--help"])
            return run.status == 0 ? nil : "running as root, and a copy of inicis-codegen does not start as nobody: \(run.stderr)"
        } catch {
            return "running as root, and the permission bench cannot be set up: \(error)"
        }
    }()

    init() throws {
        try self.init(base: Self.worldReachableBase ?? FileManager.default.temporaryDirectory)
    }

    private init(base: URL) throws {
        scratch = try TemporaryFolder(in: base)
        guard getuid() == 0 else {
            executable = CommandLineRun.executable
            schema = PackagePaths.schema
            user = nil
            return
        }
        try Self.setPermissions(0o755, of: scratch.url)
        executable = scratch.path("inicis-codegen")
        schema = scratch.path("inicis-v2.xml")
        try FileManager.default.copyItem(at: CommandLineRun.executable, to: executable)
        try FileManager.default.copyItem(at: PackagePaths.schema, to: schema)
        try Self.setPermissions(0o755, of: executable)
        try Self.setPermissions(0o644, of: schema)
        user = UnprivilegedUser()
    }

    /// Runs the CLI as the test process's own user.
    func run(_ arguments: [String]) throws -> CommandLineRun {
        try CommandLineRun.run(executable, arguments, in: scratch.url)
    }

    /// Runs the CLI as a user that permission bits apply to.
    func runUnprivileged(_ arguments: [String]) throws -> CommandLineRun {
        try CommandLineRun.run(executable, arguments, in: scratch.url, asUser: user)
    }

    static func setPermissions(_ mode: Int, of url: URL) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
    }

    /// The system's temporary folder, or /tmp, whichever every user may pass through.
    private static var worldReachableBase: URL? {
        [FileManager.default.temporaryDirectory, URL(fileURLWithPath: "/tmp")].first(where: isWorldReachable)
    }

    /// Whether every folder from the root down to `folder` lets others through (o+x).
    private static func isWorldReachable(_ folder: URL) -> Bool {
        var current = folder.resolvingSymlinksInPath()
        while true {
            let mode = (try? FileManager.default.attributesOfItem(atPath: current.path)[.posixPermissions] as? Int) ?? 0
            guard mode & 0o001 != 0 else { return false }
            if current.path == "/" { return true }
            current = current.deletingLastPathComponent()
        }
    }
}
