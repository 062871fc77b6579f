// Copied from Sources/InicisRuntime/Bypass+SyntaxError.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

import Foundation

extension Inicis.Bypass {
    /// 옵션 문자열을 읽다가 멈춘 곳과 그 이유
    ///
    /// `offset`은 옵션 문자열 안의 0부터 센 문자(`Character`) 위치이고, `message`는 그 자리에 무엇이
    /// 와야 하는지 말합니다.
    public struct SyntaxError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
        /// 읽기에 실패한 문자 위치 (0부터, `Character` 단위). 문자열 끝이면 문자 수와 같습니다.
        public var offset: Int
        /// 그 자리에 와야 하는 것 (예: "#RRGGBB 형식의 색상이 필요합니다")
        public var message: String

        public init(offset: Int, message: String) {
            self.offset = offset
            self.message = message
        }

        /// `"6번째 문자: …"`: 사람이 세는 방식대로 1부터 셉니다.
        public var description: String {
            "\(offset + 1)번째 문자: \(message)"
        }

        public var errorDescription: String? { "옵션 문법 오류, " + description }
    }
}
