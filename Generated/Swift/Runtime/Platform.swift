// Copied from Sources/InicisRuntime/Platform.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// 요청을 보내는 곳: PC 또는 모바일 브라우저의 SDK, 또는 서버가 호출하는 포트원 REST API
    public enum Platform: String, Codable, Hashable, Sendable, CaseIterable {
        /// PC 브라우저의 SDK
        case pc
        /// 모바일 브라우저의 SDK
        case mobile
        /// 서버에서 호출하는 포트원 REST API
        case api
    }
}
