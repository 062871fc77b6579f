import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-request HTTP/1.1 server on 127.0.0.1, on a port the system picks: enough to see what a
/// client really puts on the wire, without a network or a server library.
final class LoopbackHTTPServer: Sendable {
    /// A request as it arrived.
    struct ReceivedRequest: Sendable {
        var method: String
        /// The request target (`/payments/order-1/instant`), as sent.
        var target: String
        var headers: [(name: String, value: String)]
        var body: Data

        /// The value of a header, whatever the case of its name.
        func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let port: UInt16
    private let listener: Int32

    init() throws {
        #if canImport(Glibc)
        let stream = Int32(SOCK_STREAM.rawValue)
        #else
        let stream = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, stream, 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && listen(descriptor, 1) == 0
                    && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard listening else {
            let failure = Failure(description: "bind/listen on 127.0.0.1: errno \(errno)")
            close(descriptor)
            throw failure
        }
        listener = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit {
        close(listener)
    }

    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Waits for one connection, reads one request, answers `status` with a JSON `body` and
    /// closes. Gives up after `timeout` seconds rather than hanging the test run.
    func receive(answering status: Int, body: Data, timeout: Int32 = 10) async throws -> ReceivedRequest {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result(catching: { try self.exchange(status: status, body: body, timeout: timeout) }))
            }
            thread.start()
        }
    }

    private func exchange(status: Int, body: Data, timeout: Int32) throws -> ReceivedRequest {
        var waiting = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        guard poll(&waiting, 1, timeout * 1000) == 1 else { throw Failure(description: "no client connected within \(timeout) s") }
        let connection = accept(listener, nil, nil)
        guard connection >= 0 else { throw Failure(description: "accept: errno \(errno)") }
        defer { close(connection) }
        var limit = timeval(tv_sec: .init(timeout), tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))

        var buffer = Data()
        let headEnd = try read(connection, into: &buffer) { $0.range(of: Data("\r\n\r\n".utf8)) }.upperBound
        var request = try Self.parseHead(Data(buffer[..<headEnd]))
        if request.header("Expect")?.lowercased() == "100-continue" {
            try write(connection, Data("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
        let length = Int(request.header("Content-Length") ?? "0") ?? 0
        _ = try read(connection, into: &buffer) { $0.count >= headEnd + length ? headEnd..<headEnd + length : nil }
        request.body = Data(buffer[headEnd..<headEnd + length])

        let head = "HTTP/1.1 \(status) OK\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        try write(connection, Data(head.utf8) + body)
        return request
    }

    /// Reads until `found` finds what it looks for in everything read so far.
    private func read<Found>(_ connection: Int32, into buffer: inout Data, until found: (Data) -> Found?) throws -> Found {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let result = found(buffer) { return result }
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { throw Failure(description: "the connection ended after \(buffer.count) bytes (errno \(errno))") }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    private func write(_ connection: Int32, _ data: Data) throws {
        var sent = 0
        while sent < data.count {
            let count = data[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: "send: errno \(errno)") }
            sent += count
        }
    }

    private static func parseHead(_ head: Data) throws -> ReceivedRequest {
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let requestLine = lines.first?.split(separator: " ") ?? []
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else {
            throw Failure(description: "not an HTTP/1.x request line: \(lines.first ?? "")")
        }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return ReceivedRequest(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: Data())
    }
}
