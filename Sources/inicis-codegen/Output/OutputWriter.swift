import Foundation

/// Applies an `OutputPlan` so that the folder ends up either fully updated or exactly as it was.
///
/// Every new file is first written beside its target under a temporary name; only when all of them
/// are on disk are they renamed into place (a rename within a folder is atomic). If a rename or a
/// removal still fails, the files already changed get their previous bytes back.
struct OutputWriter {
    var root: URL

    func apply(_ plan: OutputPlan) throws {
        let writes = plan.changes.filter { $0.generated != nil }
        var createdDirectories: [URL] = []
        var staged: [(temporary: URL, change: OutputPlan.Change)] = []
        do {
            createdDirectories = try makeParentDirectories(of: writes.map { url($0.path) })
            staged = try stage(writes)
        } catch {
            for item in staged { try? FileManager.default.removeItem(at: item.temporary) }
            removeEmptyDirectories(createdDirectories)
            throw UnusableInput(description: "\(root.path): error: cannot write the generated files (\(Self.reason(error))); nothing was changed")
        }
        try commit(staged, removing: plan.changes.filter { $0.generated == nil }, createdDirectories: createdDirectories)
    }

    /// Writes every new file beside its target under a temporary name. When one fails, the
    /// others are removed again and the failure is thrown.
    private func stage(_ writes: [OutputPlan.Change]) throws -> [(temporary: URL, change: OutputPlan.Change)] {
        let suffix = ".inicis-codegen-\(ProcessInfo.processInfo.processIdentifier)"
        var staged: [(temporary: URL, change: OutputPlan.Change)] = []
        do {
            for change in writes {
                let target = url(change.path)
                let temporary = target.deletingLastPathComponent().appendingPathComponent("." + target.lastPathComponent + suffix, isDirectory: false)
                try FileContents.write(change.generated!, to: temporary)
                staged.append((temporary, change))
            }
        } catch {
            for item in staged { try? FileManager.default.removeItem(at: item.temporary) }
            throw error
        }
        return staged
    }

    private func commit(_ staged: [(temporary: URL, change: OutputPlan.Change)], removing removals: [OutputPlan.Change], createdDirectories: [URL]) throws {
        var done: [OutputPlan.Change] = []
        do {
            for item in staged {
                guard rename(item.temporary.path, url(item.change.path).path) == 0 else {
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                done.append(item.change)
            }
            for change in removals {
                try FileManager.default.removeItem(at: url(change.path))
                done.append(change)
                removeEmptyDirectories([url(change.path).deletingLastPathComponent()])
            }
        } catch {
            restore(done)
            for item in staged { try? FileManager.default.removeItem(at: item.temporary) }
            removeEmptyDirectories(createdDirectories)
            throw UnusableInput(description: "\(root.path): error: cannot update the generated files (\(Self.reason(error))); the previous files were restored")
        }
    }

    /// Puts back what `done` changed: previous bytes for replaced and removed files, nothing for added ones.
    private func restore(_ done: [OutputPlan.Change]) {
        for change in done.reversed() {
            let target = url(change.path)
            if let previous = change.current {
                _ = try? makeParentDirectories(of: target)
                try? FileContents.write(previous, to: target)
            } else {
                try? FileManager.default.removeItem(at: target)
            }
        }
    }

    private func url(_ path: String) -> URL {
        OutputPlan.url(path, in: root)
    }

    /// Creates the missing folders above `file`, returning them deepest first, so they can be removed again.
    private func makeParentDirectories(of file: URL) throws -> [URL] {
        var missing: [URL] = []
        var folder = file.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.path) {
            missing.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        for directory in missing.reversed() {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        }
        return missing
    }

    /// The same for many files, each distinct folder once. On failure, the folders created so far
    /// are removed again.
    private func makeParentDirectories(of files: [URL]) throws -> [URL] {
        var seen: Set<String> = []
        var created: [URL] = []
        do {
            for file in files where seen.insert(file.deletingLastPathComponent().path).inserted {
                created += try makeParentDirectories(of: file)
            }
        } catch {
            removeEmptyDirectories(created)
            throw error
        }
        return created
    }

    /// Removes each folder, and then its parents up to the output root, while they are empty.
    private func removeEmptyDirectories(_ directories: [URL]) {
        for start in directories {
            var folder = start.standardizedFileURL
            while folder.path.hasPrefix(root.standardizedFileURL.path + "/"),
                  (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
                try? FileManager.default.removeItem(at: folder)
                folder = folder.deletingLastPathComponent()
            }
        }
    }

    private static func reason(_ error: Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
