import Foundation

extension Inicis {
    /// JSON 텍스트가 아닌 입력: 어디에서(바이트 위치) 왜 읽을 수 없었는지
    public struct JSONSyntaxError: Error, Hashable, Sendable, LocalizedError {
        /// 문제가 있는 곳의 바이트 위치 (0부터)
        public var offset: Int
        /// 무엇이 문제인지 (한국어)
        public var reason: String

        public init(offset: Int, reason: String) {
            self.offset = offset
            self.reason = reason
        }

        public var errorDescription: String? {
            "JSON이 아닙니다 (\(offset + 1)번째 바이트): \(reason)"
        }
    }
}
