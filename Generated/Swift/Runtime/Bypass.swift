// Copied from Sources/InicisRuntime/Bypass.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// `bypass.inicis_v2` 옵션 문자열에 쓰는 값들: 옵션 문법 오류, 색상, 비어 있지 않은 목록.
    ///
    /// 타입이 있는 옵션(`AcceptMethod`, `PReserved` 등)은 이 값들로 만들고, 이니시스가 읽는 문자열로
    /// 바꾸거나(`rendered`) 문자열에서 다시 읽습니다(`init(parsing:)`).
    public enum Bypass {}
}
