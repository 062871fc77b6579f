import Foundation

extension Inicis.Bypass {
    /// 요청 모델의 문자열 옵션을 타입으로 읽다가 실패한 곳: 객체 안의 키와 배열 위치, 그리고 문법 오류
    public struct FieldError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
        /// 옵션이 들어 있는 JSON 키
        public var key: String
        /// 배열 옵션이면 몇 번째 원소인지 (0부터)
        public var index: Int?
        public var syntaxError: SyntaxError

        public init(key: String, index: Int? = nil, syntaxError: SyntaxError) {
            self.key = key
            self.index = index
            self.syntaxError = syntaxError
        }

        /// `key[1]`: 배열이면 원소 위치까지
        public var path: String {
            index.map { "\(key)[\($0)]" } ?? key
        }

        /// `"key[1]: 6번째 문자: …"`
        public var description: String {
            "\(path): \(syntaxError)"
        }

        public var errorDescription: String? { "옵션 문법 오류, " + description }
    }
}


extension Inicis.Bypass.FieldError {
    @_spi(InicisCodegen) public static func parse<Option: Inicis.Bypass.Option>(_ text: String?, key: String) throws(Inicis.Bypass.FieldError) -> Option? {
        guard let text else { return nil }
        do {
            return try Option(parsing: text)
        } catch {
            throw Inicis.Bypass.FieldError(key: key, syntaxError: error)
        }
    }

    @_spi(InicisCodegen) public static func parse<Option: Inicis.Bypass.Option>(_ texts: [String]?, key: String) throws(Inicis.Bypass.FieldError) -> [Option]? {
        guard let texts else { return nil }
        var options: [Option] = []
        for (index, text) in texts.enumerated() {
            do {
                options.append(try Option(parsing: text))
            } catch {
                throw Inicis.Bypass.FieldError(key: key, index: index, syntaxError: error)
            }
        }
        return options
    }
}
