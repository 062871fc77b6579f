// Copied from Sources/InicisRuntime/Bypass+OneOrMore.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis.Bypass {
    /// 하나 이상인 값의 목록
    ///
    /// 옵션 문자열의 반복 부분(구분자로 이어진 값들)은 비어 있으면 KG이니시스가 읽을 수 없으므로, 빈 목록은
    /// 만들 수 없습니다. 배열 리터럴로 쓸 수 있고(빈 리터럴은 실행 중 멈춥니다), 실행 중 만든 배열은
    /// `init?(_:)`로 바꿉니다.
    public struct OneOrMore<Element>: RandomAccessCollection, ExpressibleByArrayLiteral {
        /// 순서대로의 값: 비어 있지 않습니다.
        public let elements: [Element]

        public init(_ first: Element, _ rest: Element...) {
            elements = [first] + rest
        }

        /// 비어 있으면 nil
        public init?(_ elements: some Sequence<Element>) {
            let array = Array(elements)
            guard !array.isEmpty else { return nil }
            self.elements = array
        }

        public init(arrayLiteral elements: Element...) {
            guard !elements.isEmpty else { preconditionFailure("OneOrMore: 빈 목록은 만들 수 없습니다") }
            self.elements = elements
        }

        public var startIndex: Int { elements.startIndex }
        public var endIndex: Int { elements.endIndex }
        public subscript(position: Int) -> Element { elements[position] }
    }
}

extension Inicis.Bypass.OneOrMore: Equatable where Element: Equatable {}
extension Inicis.Bypass.OneOrMore: Hashable where Element: Hashable {}
extension Inicis.Bypass.OneOrMore: Sendable where Element: Sendable {}
