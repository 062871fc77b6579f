extension Inicis.Bypass {
    /// 스키마의 옵션 문법 하나를 따르는 옵션(`AcceptMethod`, `PReserved` 등): 토큰마다 case가 하나입니다.
    ///
    /// 값에서 만든 문자열(`rendered`)은 언제나 다시 읽을 수 있고(`init(parsing:)`), 읽은 값은 같은 문자열을
    /// 만듭니다. 읽기는 검증과 같은 문법 해석기를 거칩니다.
    public protocol Option: Hashable, Sendable, Codable, CustomStringConvertible {
        /// 스키마의 문법 아이디 (`acceptmethod`)
        static var grammarID: String { get }
        /// KG이니시스에 보내는 옵션 문자열
        var rendered: String { get }
        /// 이 옵션에 필요한 KG이니시스 별도 계약; 필요 없으면 nil
        var contract: Inicis.Contract? { get }
        /// 옵션 문자열을 읽습니다. 읽을 수 없으면 멈춘 위치와 그 자리에 와야 하는 것을 던집니다.
        init(parsing text: String) throws(Inicis.Bypass.SyntaxError)
    }
}
