// Copied from Sources/InicisRuntime/FieldSet.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// Which fields of an object are present, by index, without allocating. Objects with more than
    /// 128 fields answer "maybe" above that, and callers look the key up instead.
    struct FieldSet {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        static let capacity = 128

        mutating func insert(_ index: Int) {
            if index < 64 {
                low |= 1 << UInt64(index)
            } else if index < Self.capacity {
                high |= 1 << UInt64(index - 64)
            }
        }

        /// False only when the field is certainly absent.
        func mayContain(_ index: Int) -> Bool {
            if index < 0 { return false }
            if index < 64 { return low & (1 << UInt64(index)) != 0 }
            if index < Self.capacity { return high & (1 << UInt64(index - 64)) != 0 }
            return true
        }
    }
}
