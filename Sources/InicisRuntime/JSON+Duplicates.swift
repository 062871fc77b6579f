extension Inicis.JSON {
    /// 같은 객체에 두 번 이상 나온 키의 경로, 문서 순서대로. JSON 텍스트에서 읽은 값에만 있을 수 있습니다.
    public var duplicateKeyPaths: [Inicis.ValidationPath] {
        var found: [Inicis.ValidationPath] = []
        collectDuplicates(self, at: Inicis.ValidationPath(), into: &found)
        return found
    }

    private func collectDuplicates(_ value: Inicis.JSON, at path: Inicis.ValidationPath, into found: inout [Inicis.ValidationPath]) {
        switch value {
        case .array(let elements):
            for (offset, element) in elements.enumerated() {
                collectDuplicates(element, at: Inicis.ValidationPath(path.components + [.index(offset)]), into: &found)
            }
        case .object(let members):
            var seen: Set<String> = []
            for member in members {
                let memberPath = Inicis.ValidationPath(path.components + [.key(member.key)])
                if !seen.insert(member.key).inserted { found.append(memberPath) }
                collectDuplicates(member.value, at: memberPath, into: &found)
            }
        default:
            break
        }
    }
}
