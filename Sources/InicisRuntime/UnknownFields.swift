extension Inicis {
    /// 모델이 모르는 키와 그 값: 포트원이 나중에 추가한 필드나 오타 난 키를 버리지 않고, 디코딩한 그대로
    /// 다시 인코딩합니다. swift-protobuf가 모르는 필드를 보존하는 것과 같습니다.
    ///
    /// 검증은 이 키들을 `unknown-key` 경고로 알려 주고, `description`은 값을 가립니다.
    public struct UnknownFields: Hashable, Sendable, ExpressibleByDictionaryLiteral {
        /// 읽은 순서대로의 키와 값
        public var members: [Inicis.JSON.Member]

        public init(_ members: [Inicis.JSON.Member] = []) {
            self.members = members
        }

        public init(dictionaryLiteral elements: (String, Inicis.JSON)...) {
            members = elements.map { Inicis.JSON.Member($0.0, $0.1) }
        }

        public var isEmpty: Bool { members.isEmpty }

        /// `key`의 값; 쓰면 같은 키의 값을 바꾸거나 끝에 더하고, `nil`을 쓰면 지웁니다.
        public subscript(key: String) -> Inicis.JSON? {
            get { members.first { $0.key == key }?.value }
            set {
                if let newValue {
                    if let index = members.firstIndex(where: { $0.key == key }) {
                        members[index].value = newValue
                    } else {
                        members.append(Inicis.JSON.Member(key, newValue))
                    }
                } else {
                    members.removeAll { $0.key == key }
                }
            }
        }
    }
}
