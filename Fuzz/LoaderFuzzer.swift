// The libFuzzer entry point over the schema loader. Not part of the package: Scripts/fuzz-loader.sh
// compiles it together with the sources of InicisSchema, with -sanitize=fuzzer,address.

/// Loads the input as a schema file and checks what must hold for any bytes at all: the loader
/// returns (no crash, no hang, no sanitizer report), a schema comes back exactly when there is
/// no error, every diagnostic names the file it is about, and a clean schema resolves.
@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let result = SchemaLoader().load(bytes, path: "fuzz.xml")
    let hasErrors = result.diagnostics.contains { $0.severity == .error }
    precondition((result.schema == nil) == hasErrors, "a schema must come back exactly when there is no error")
    for diagnostic in result.diagnostics {
        precondition(diagnostic.location.file == "fuzz.xml" || diagnostic.location.file.hasSuffix("(embedded)"), "diagnostic without the file: \(diagnostic)")
        precondition(!diagnostic.message.isEmpty, "empty diagnostic message")
    }
    _ = result.schema?.resolved()
    return 0
}
