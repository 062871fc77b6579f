/// The `, ` between the elements of a list written piece by piece into a line (`[a, b]`), where
/// there is no array of element strings to `joined(separator:)`: nothing before the first.
struct ListSeparator {
    private var isFirst = true

    mutating func write(to line: inout [UInt8]) {
        if isFirst {
            isFirst = false
        } else {
            line.write(", ")
        }
    }
}
