/// PortOne V2 × KG이니시스 연동의 모든 타입이 들어 있는 이름 공간: 요청 모델, 검증, bypass 옵션, JSON 값.
///
/// 앱에 복사해 넣어도 앱의 `Customer`, `Product`, `Platform` 같은 타입과 겹치지 않도록, 이 라이브러리가 최상위에
/// 두는 이름은 `Inicis` 하나뿐입니다.
public enum Inicis {}
