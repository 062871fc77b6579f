@testable import InicisRuntime
import Testing

@Suite("Korean particles")
struct KoreanParticleTests {
    @Test(arguments: [
        ("이메일", "이메일이"), ("구매자 이메일", "구매자 이메일이"), ("고객 정보", "고객 정보가"), ("카드 번호", "카드 번호가"),
        ("카드코드", "카드코드가"), ("P_MNAME", "P_MNAME가"), ("URL", "URL이"), ("1", "1이"), ("2", "2가"), ("(이름)", "(이름)이"),
    ])
    func subjectParticleFollowsTheFinalSound(word: String, expected: String) {
        #expect(Inicis.KoreanParticle.subject(after: word) == expected)
    }

    @Test func objectAndTopicParticles() {
        #expect(Inicis.KoreanParticle.object(after: "결제") == "결제를")
        #expect(Inicis.KoreanParticle.object(after: "계약") == "계약을")
        #expect(Inicis.KoreanParticle.topic(after: "PC") == "PC는")
        #expect(Inicis.KoreanParticle.topic(after: "모바일") == "모바일은")
    }
}
