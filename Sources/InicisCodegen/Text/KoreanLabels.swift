import InicisSchema

/// The Korean words the outputs use for schema values, shared by doc comments and pages.
enum KoreanLabels {
    static func platform(_ platform: Platform) -> String {
        switch platform {
        case .pc: "PC"
        case .mobile: "모바일"
        case .api: "API"
        }
    }

    static func requirement(_ requirement: PlatformRequirement) -> String {
        switch requirement {
        case .required: "필수"
        case .conditional: "조건부 필수"
        case .optional: "선택"
        case .ignored: "무시됨"
        case .unsupported: "미지원"
        }
    }

    /// The requirement on `platform`. A field with no requirement at all is optional everywhere
    /// (the schema states only what the guide states); one that names other platforms only does
    /// not apply here.
    static func requirement(of requirements: PlatformRequirements, on platform: Platform) -> String {
        if let requirement = requirements[platform] { return self.requirement(requirement) }
        return requirements.byPlatform.isEmpty ? self.requirement(.optional) : "-"
    }

    /// Short form for tables: 지원, 미지원, 명시 없음.
    static func inicisSupport(_ support: InicisSupport) -> String {
        switch support {
        case .supported: "지원"
        case .unsupported: "미지원"
        case .unspecified: "명시 없음"
        }
    }
}

extension KoreanLabels {
    /// 오류, 경고, 참고.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "오류"
        case .warning: "경고"
        case .note: "참고"
        }
    }

    /// The requirement on `platform` for a field of an operation of `kind`: `-` where the
    /// platform is not the operation's (an SDK field on API), as in the `fields` command.
    static func requirement(of requirements: PlatformRequirements, on platform: Platform, kind: Operation.Kind) -> String {
        kind.platforms.contains(platform) ? requirement(of: requirements, on: platform) : "-"
    }
}
