// Replaced by the first `swift run inicis-codegen`.
