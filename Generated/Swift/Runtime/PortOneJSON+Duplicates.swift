// Copied from Sources/InicisRuntime/PortOneJSON+Duplicates.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension PortOneJSON {
    /// 같은 객체에 두 번 이상 나온 키의 경로, 문서 순서대로. JSON 텍스트에서 읽은 값에만 있을 수 있습니다.
    public var duplicateKeyPaths: [ValidationPath] {
        var found: [ValidationPath] = []
        collectDuplicates(self, at: ValidationPath(), into: &found)
        return found
    }

    private func collectDuplicates(_ value: PortOneJSON, at path: ValidationPath, into found: inout [ValidationPath]) {
        switch value {
        case .array(let elements):
            for (offset, element) in elements.enumerated() {
                collectDuplicates(element, at: ValidationPath(path.components + [.index(offset)]), into: &found)
            }
        case .object(let members):
            var seen: Set<String> = []
            for member in members {
                let memberPath = ValidationPath(path.components + [.key(member.key)])
                if !seen.insert(member.key).inserted { found.append(memberPath) }
                collectDuplicates(member.value, at: memberPath, into: &found)
            }
        default:
            break
        }
    }
}
