import Foundation

/// GitHub-flavoured Markdown to HTML with the reference implementation, `cmark-gfm -e table`
/// (Debian package cmark-gfm; CI installs it). `--unsafe` lets raw HTML through, so that any
/// HTML the pages failed to escape shows up in the output instead of being dropped.
enum GFMRenderer {
    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/cmark-gfm")
    }

    static func html(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark-gfm")
        process.arguments = ["--unsafe", "-e", "table"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Write from another thread: a page larger than the pipe buffer would otherwise block
        // against cmark-gfm's own full output pipe.
        let data = Data(markdown.utf8)
        let writer = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let html = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: html, as: UTF8.self)
    }

    /// Text as cmark-gfm writes it into HTML.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// The element names of every tag in `html`.
    static func tagNames(in html: String) -> Set<String> {
        let pattern = /<\/?([A-Za-z][A-Za-z0-9]*)/
        return Set(html.matches(of: pattern).map { String($0.1).lowercased() })
    }
}
