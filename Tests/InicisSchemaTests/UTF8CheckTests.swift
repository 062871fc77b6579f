@testable import InicisSchema
import Testing

/// The loader's own UTF-8 walk decides validity, so it must agree with the standard library.
@Suite("UTF-8 check")
struct UTF8CheckTests {
    /// Random bytes drawn mostly from the edges of the encoding's ranges, in ASCII runs of every
    /// length around the eight-byte fast path.
    @Test func agreesWithTheStandardLibrary() {
        let interesting: [UInt8] = [
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF,
            0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        var state: UInt64 = 0xDA94_2042_E4DD_58B5
        var invalid = 0
        for _ in 0..<50_000 {
            var bytes: [UInt8] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let asciiRun = Int(state >> 59)
            bytes += [UInt8](repeating: 0x61, count: asciiRun)
            for position in 0..<Int((state >> 56) & 7) {
                bytes.append(interesting[Int((state >> UInt64(position * 6)) % UInt64(interesting.count))])
            }
            bytes += [UInt8](repeating: 0x62, count: Int((state >> 20) & 15))
            let valid = String(validating: bytes, as: UTF8.self) != nil
            let offset = UTF8Check.firstInvalidUTF8Offset(in: bytes)
            #expect((offset == nil) == valid, "\(bytes)")
            if !valid { invalid += 1 }
        }
        #expect(invalid > 1_000)
        #expect(UTF8Check.firstInvalidUTF8Offset(in: Array("가격 price, 0123456789 €".utf8)) == nil)
        #expect(UTF8Check.firstInvalidUTF8Offset(in: Array("abcdefghij".utf8) + [0xE0, 0x80, 0x80]) == 10)
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "UTF-8"), ("<?xml version='1.0' encoding = 'latin1' ?>", "latin1"),
        ("\u{FEFF}<?xml encoding=\"utf8\"?>", "utf8"), ("<?xml version=\"1.0\"?>", nil), ("<?xml encoding=utf8?>", nil),
        ("<?xml version=\"1.0\" standalone=\"yes\" encoding=\"EUC-KR\" 가?>", "EUC-KR"), ("<schema/>", nil),
    ] as [(String, String?)])
    func declaredEncodings(_ text: String, _ expected: String?) {
        #expect(UTF8Check.declaredEncoding(in: Array(text.utf8)) == expected)
    }
}

