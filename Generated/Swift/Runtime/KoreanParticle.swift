// Copied from Sources/InicisRuntime/KoreanParticle.swift by inicis-codegen. DO NOT EDIT: edit that file and regenerate.

extension Inicis {
    /// Korean particles chosen by how the word before them ends, so that messages never fall back
    /// on `이(가)`. A Hangul syllable decides by its final consonant; Latin letters and digits by how
    /// they are read aloud in Korean (`1` 일, `L` 엘 end in a consonant; `2` 이, `A` 에이 do not).
    enum KoreanParticle {
        /// `이` or `가` after `word`, appended to it.
        static func subject(after word: String) -> String {
            word + (endsInConsonant(word) ? "이" : "가")
        }

        /// `을` or `를` after `word`, appended to it.
        static func object(after word: String) -> String {
            word + (endsInConsonant(word) ? "을" : "를")
        }

        /// `은` or `는` after `word`, appended to it.
        static func topic(after word: String) -> String {
            word + (endsInConsonant(word) ? "은" : "는")
        }

        static func endsInConsonant(_ word: String) -> Bool {
            // The last character that is read aloud: closing brackets and quotes are not.
            guard let last = word.unicodeScalars.last(where: { !")]}\"'’”` ".unicodeScalars.contains($0) }) else {
                return false
            }
            switch last.value {
            case 0xAC00...0xD7A3:
                return (last.value - 0xAC00) % 28 != 0
            case 0x30...0x39:
                // 영 일 이 삼 사 오 육 칠 팔 구
                return [true, true, false, true, false, false, true, true, true, false][Int(last.value - 0x30)]
            default:
                // 엘 엠 엔 알 (L M N R); every other Latin letter ends in a vowel when spelled.
                return "LMNRlmnr".unicodeScalars.contains(last)
            }
        }
    }
}
