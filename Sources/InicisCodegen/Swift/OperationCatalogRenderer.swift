import InicisSchema

/// `Swift/Support/OperationCatalog.swift`: every operation by its CLI id, so that tools (the CLI's
/// `normalize`, tests) can reach a request type from an id without a hand-kept table.
struct OperationCatalogRenderer {
    let schema: Schema

    func file() -> GeneratedFile {
        SwiftFile.make(path: "Swift/Support/OperationCatalog.swift") { writer in
            writer.line("import Foundation")
            writer.line()
            writer.line("/// 스키마가 정의하는 모든 연동. 순서는 스키마 순서이며, 아이디는 CLI의 " + CodeSpan.render("--operation") + " 값입니다.")
            writer.block("public enum OperationCatalog") { writer in
                writer.line("/// 모든 연동 타입")
                // Computed: a stored array of metatypes is not Sendable, and Swift 6 rejects it as global state.
                writer.block("public static var all: [any InicisOperation.Type]") { writer in
                    writer.line("[")
                    writer.indented { writer in
                        for operation in schema.operations {
                            writer.line(SwiftTypeName.operation(operation) + ".self,")
                        }
                    }
                    writer.line("]")
                }
                writer.line()
                writer.line("/// 아이디로 찾은 연동 타입; 없으면 " + CodeSpan.render("nil"))
                writer.block("public static func operation(id: String) -> (any InicisOperation.Type)?") { writer in
                    writer.line("all.first { $0.id == id }")
                }
            }
        }
    }
}
