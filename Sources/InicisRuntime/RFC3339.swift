extension Inicis {
    /// RFC 3339 `date-time` (section 5.6), read strictly by hand: `2024-11-12T00:00:00+09:00`,
    /// optional fractional seconds, `Z` or a `±HH:MM` offset. No space instead of `T`, no missing
    /// offset, no `+09+00`.
    enum RFC3339 {
        /// Seconds since 1970-01-01T00:00:00Z, or nil when `text` is not an RFC 3339 date-time.
        static func instant(_ text: String) -> Double? {
            var reader = Inicis.DigitReader(text.utf8)
            guard let year = reader.number(digits: 4), reader.skip("-"),
                  let month = reader.number(digits: 2), reader.skip("-"),
                  let day = reader.number(digits: 2),
                  reader.skip("T") || reader.skip("t"),
                  let hour = reader.number(digits: 2), reader.skip(":"),
                  let minute = reader.number(digits: 2), reader.skip(":"),
                  let second = reader.number(digits: 2)
            else { return nil }
            guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
                  hour <= 23, minute <= 59, second <= 60
            else { return nil }
            var fraction = 0.0
            if reader.skip(".") {
                guard let value = reader.fraction() else { return nil }
                fraction = value
            }
            let offset: Int
            if reader.skip("Z") || reader.skip("z") {
                offset = 0
            } else {
                let sign: Int
                if reader.skip("+") { sign = 1 } else if reader.skip("-") { sign = -1 } else { return nil }
                guard let offsetHour = reader.number(digits: 2), reader.skip(":"),
                      let offsetMinute = reader.number(digits: 2), offsetHour <= 23, offsetMinute <= 59
                else { return nil }
                offset = sign * (offsetHour * 3600 + offsetMinute * 60)
            }
            guard reader.isAtEnd else { return nil }
            let days = daysFromEpoch(year: year, month: month, day: day)
            let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
            return Double(seconds) + fraction
        }

        /// The UTC calendar year of an instant.
        static func year(ofInstant seconds: Double) -> Int {
            civil(fromDays: Int((seconds / 86_400).rounded(.down))).year
        }

        static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: isLeap(year) ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }

        private static func isLeap(_ year: Int) -> Bool {
            (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        }

        /// Days-from-civil (Howard Hinnant's algorithm), proleptic Gregorian.
        private static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
            let shiftedYear = month <= 2 ? year - 1 : year
            let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
            let yearOfEra = shiftedYear - era * 400
            let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }
    }
}

extension Inicis {
    /// Reads ASCII digits and single characters from UTF-8, without building strings.
    struct DigitReader {
        private let bytes: String.UTF8View
        private var index: String.UTF8View.Index

        init(_ bytes: String.UTF8View) {
            self.bytes = bytes
            self.index = bytes.startIndex
        }

        var isAtEnd: Bool { index == bytes.endIndex }

        /// Exactly `digits` ASCII digits as a number.
        mutating func number(digits: Int) -> Int? {
            var value = 0
            var position = index
            for _ in 0..<digits {
                guard position != bytes.endIndex else { return nil }
                let byte = bytes[position]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                position = bytes.index(after: position)
            }
            index = position
            return value
        }

        /// One or more digits after a decimal point, as a fraction.
        mutating func fraction() -> Double? {
            var value = 0.0
            var scale = 1.0
            var count = 0
            while index != bytes.endIndex, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                if count < 9 {
                    scale /= 10
                    value += Double(bytes[index] - 0x30) * scale
                }
                count += 1
                index = bytes.index(after: index)
            }
            return count > 0 ? value : nil
        }

        /// Consumes `character` (ASCII) when it is next.
        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index != bytes.endIndex, bytes[index] == UInt8(character.value) else { return false }
            index = bytes.index(after: index)
            return true
        }
    }
}

extension Inicis.RFC3339 {
    /// `seconds` since 1970 as a date-time at `offsetSeconds` from UTC (`Z` for zero), with
    /// milliseconds only when there are any.
    ///
    /// To the nearest millisecond: a `Date` made from `….123` holds a binary fraction just below
    /// or above it, which rounding down would write as `.122`. RFC 3339
    /// offsets are whole minutes, so seconds of an offset (zones before standard time, such as
    /// Seoul's +08:27:52) are dropped before the local time is worked out: the text then names
    /// the same instant.
    static func format(_ seconds: Double, offsetSeconds requestedOffset: Int) -> String {
        let offsetSeconds = requestedOffset / 60 * 60
        let milliseconds = Int((seconds * 1000).rounded())
        let local = floorDivision(milliseconds, 1000)
        let (days, secondOfDay) = floorDivision(local.quotient + offsetSeconds, 86_400)
        let (year, month, day) = civil(fromDays: days)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        text += "T" + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if local.remainder != 0 { text += "." + pad(local.remainder, 3) }
        guard offsetSeconds != 0 else { return text + "Z" }
        let magnitude = abs(offsetSeconds) / 60
        return text + (offsetSeconds < 0 ? "-" : "+") + pad(magnitude / 60, 2) + ":" + pad(magnitude % 60, 2)
    }

    /// Civil-from-days (Howard Hinnant's algorithm), proleptic Gregorian.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Inicis.RFC3339 {
    /// `value / divisor` rounded towards negative infinity, and a remainder that is never negative.
    private static func floorDivision(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
