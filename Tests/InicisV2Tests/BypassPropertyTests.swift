import Foundation
import InicisV2
import PropertyBased
import Testing

/// Random option sets survive render → parse → equal, alone and inside the request model's JSON.
@Suite("Bypass option round trips")
struct BypassPropertyTests {
    // MARK: Generators of values

    /// Upper or lower case, as users write both (`#C1272C`, `#fc6b2d`).
    static let hexColor = zip(Gen.int(in: 0...0xFF_FFFF), Gen.bool).map { value, lowercase -> Inicis.Bypass.HexColor in
        let digits = String(value, radix: 16, uppercase: !lowercase)
        return try! Inicis.Bypass.HexColor("#" + String(repeating: "0", count: 6 - digits.count) + digits)
    }

    static let cardCode = Gen.int(in: 0...99).map { value -> Inicis.Bypass.CardCode in
        try! Inicis.Bypass.CardCode(value < 10 ? "0\(value)" : "\(value)")
    }

    static let months = Gen.int(in: 2...36).array(of: 1...5).map { values -> Inicis.Bypass.OneOrMore<Inicis.Bypass.Month> in
        Inicis.Bypass.OneOrMore(values.map { try! Inicis.Bypass.Month($0) })!
    }

    static let plans = zip(Gen.int(in: 0...99), Gen.int(in: 2...36).array(of: 1...4)).array(of: 1...4).map { pairs -> Inicis.Bypass.OneOrMore<Inicis.AcceptMethod.SlimQuotaPlan> in
        Inicis.Bypass.OneOrMore(pairs.map { code, months in
            Inicis.AcceptMethod.SlimQuotaPlan(cardCode: try! Inicis.Bypass.CardCode(code < 10 ? "0\(code)" : "\(code)"), months: Inicis.Bypass.OneOrMore(months.map { try! Inicis.Bypass.Month($0) })!)
        })!
    }

    static let cardCodes = Gen.int(in: 0...99).array(of: 1...5).map { values -> Inicis.Bypass.OneOrMore<Inicis.Bypass.CardCode> in
        Inicis.Bypass.OneOrMore(values.map { try! Inicis.Bypass.CardCode($0 < 10 ? "0\($0)" : "\($0)") })!
    }

    // MARK: Generators of options

    static let acceptMethod = zip(Gen.int(in: 0...7), hexColor, plans, cardCodes).map { index, color, plans, codes -> Inicis.AcceptMethod in
        switch index {
        case 0: .skin(color)
        case 1: .below1000
        case 2: .okCashbag
        case 3: .payPopup
        case 4: .hideBar
        case 5: .noEasyPay
        case 6: .slimQuota(plans)
        default: .mallPoint(codes)
        }
    }

    static let pReserved = Gen.int(in: 0..<Inicis.PReserved.allCases.count).map { Inicis.PReserved.allCases[$0] }
    static let cardUse = Gen.int(in: 0..<Inicis.CardUse.allCases.count).map { Inicis.CardUse.allCases[$0] }
    static let pCardOption = cardCode.map { Inicis.PCardOption.selectedCard($0) }

    // MARK: Properties

    @Test("An option renders to a string that parses back to the same option")
    func acceptMethodRoundTrip() async {
        await propertyCheck(count: 500, input: Self.acceptMethod) { option in
            let parsed = try Inicis.AcceptMethod(parsing: option.rendered)
            #expect(parsed == option)
        }
    }

    @Test("The validator reads a rendered option as the type does: no grammar error, a contract warning exactly when the option needs one")
    func acceptMethodThroughTheValidator() async throws {
        let site = try BypassOptionSite(grammarID: Inicis.AcceptMethod.grammarID)
        await propertyCheck(count: 200, input: Self.acceptMethod) { option in
            let issues = try site.issues(option.rendered).filter { $0.path.description == site.issuePath }
            #expect(issues.map(\.code) == (option.contract == nil ? [] : [.contractRequired]), "\(option.rendered): \(issues)")
        }
    }

    @Test("Mobile options and carduse round-trip")
    func mobileRoundTrip() async {
        await propertyCheck(input: Self.pReserved, Self.pCardOption, Self.cardUse) { reserved, cardOption, cardUse in
            let parsed = (try Inicis.PReserved(parsing: reserved.rendered), try Inicis.PCardOption(parsing: cardOption.rendered), try Inicis.CardUse(parsing: cardUse.rendered))
            #expect(parsed.0 == reserved)
            #expect(parsed.1 == cardOption)
            #expect(parsed.2 == cardUse)
        }
    }

    @Test("A random option set survives the request model: typed → InicisV2Bypass → JSON → InicisV2Bypass → typed")
    func optionSetsThroughJSON() async {
        let input = zip(Self.acceptMethod.array(of: 0...8), Self.pReserved.array(of: 0...4), Self.pCardOption.optional, Gen.bool)
        await propertyCheck(count: 300, input: input) { acceptMethod, reserved, cardOption, withMobile in
            let pc = Inicis.InicisV2Bypass.PC(logoURL: "https://example.com/logo.png", acceptMethod: acceptMethod)
            let mobile = withMobile ? Inicis.InicisV2Bypass.Mobile(pCardOption: cardOption, pReserved: reserved) : nil
            let bypass = Inicis.InicisV2Bypass(pc: pc, mobile: mobile)

            let decoded = try JSONDecoder().decode(Inicis.InicisV2Bypass.self, from: JSONEncoder().encode(bypass))
            let (decodedPC, decodedMobile) = (try decoded.pc, try decoded.mobile)
            #expect(decodedPC == pc)
            #expect(decodedMobile == mobile ?? Inicis.InicisV2Bypass.Mobile())
        }
    }

    @Test("Options encode as their strings in JSON and decode from them")
    func optionsAreStringsInJSON() async {
        await propertyCheck(input: Self.acceptMethod.array(of: 0...6)) { options in
            let json = try JSONEncoder().encode(options)
            let strings = try JSONDecoder().decode([String].self, from: json)
            #expect(strings == options.map(\.rendered))
            let decoded = try JSONDecoder().decode([Inicis.AcceptMethod].self, from: json)
            #expect(decoded == options)
        }
    }

    /// Characters the grammars use, and a few they do not.
    static let optionCharacters = Array("SKINslimquotamalpoint()#0123456789ABCDEFabcdef-:^=Y_ é,")
    static let optionText = Gen.int(in: 0..<optionCharacters.count).array(of: 0...24).map { String($0.map { optionCharacters[$0] }) }

    /// The grammars are canonical: a string either parses and renders back to itself, or is
    /// rejected at an offset inside it (or at its end).
    @Test("Any string either parses to an option that renders it exactly, or fails inside it")
    func arbitraryStrings() async {
        await propertyCheck(count: 1000, input: Self.optionText) { text in
            for type in BypassOptionTypes.all {
                switch BypassOptionTypes.check(grammarID: type.grammarID, option: text) {
                case .success:
                    let reread = try BypassOptionTypes.reread(grammarID: type.grammarID, option: text)
                    #expect(reread == text)
                case .failure(let syntaxError):
                    #expect((0...text.count).contains(syntaxError.offset), "\(syntaxError)")
                }
            }
        }
    }
}
