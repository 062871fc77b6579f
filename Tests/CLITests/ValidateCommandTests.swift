import Foundation
import Testing

/// `inicis-codegen validate` as DESIGN.md specifies it: text and JSON reports, exit 0 without
/// errors, 1 with errors, 2 for unusable input with one line on stderr.
@Suite("validate")
struct ValidateCommandTests {
    static let cleanPayment = """
        {"storeId": "store-1", "channelKey": "channel-key-1", "paymentId": "payment-1", "orderName": "주문",
         "totalAmount": 1000, "currency": "CURRENCY_KRW", "payMethod": "CARD",
         "customer": {"fullName": "포트원", "phoneNumber": "010-0000-1234", "email": "test@portone.io"}}
        """

    /// PC needs the customer; mobile does not.
    static let paymentWithoutCustomer = """
        {"storeId": "store-1", "channelKey": "channel-key-1", "paymentId": "payment-1", "orderName": "주문",
         "totalAmount": 1000, "currency": "KRW", "payMethod": "CARD"}
        """

    /// Warnings only: vat and tax-free amounts need a contract, escrow too.
    static let contractPayment = """
        {"storeId": "store-1", "channelKey": "channel-key-1", "paymentId": "payment-1", "orderName": "주문",
         "totalAmount": 11000, "vatAmount": 1000, "isEscrow": true, "currency": "KRW", "payMethod": "CARD",
         "customer": {"fullName": "포트원", "phoneNumber": "010-0000-1234", "email": "test@portone.io"}}
        """

    static let virtualAccount = """
        {"channelKey": "channel-key-1", "orderName": "주문", "amount": {"total": 10000}, "currency": "KRW",
         "customer": {"name": {"full": "홍길동"}, "email": "test@test.com", "phoneNumber": "010-1234-0000"},
         "method": {"virtualAccount": {"bank": "SHINHAN", "expiry": {"dueDate": "2099-11-12T00:00:00+09:00"},
                                       "option": {"type": "NORMAL"}}}}
        """

    private func validate(_ arguments: [String], json: String) throws -> CommandLineRun {
        let scratch = try TemporaryFolder()
        try scratch.write("request.json", json)
        return try CommandLineRun.inicisCodegen(["validate"] + arguments + [scratch.path("request.json").path])
    }

    private func issues(_ run: CommandLineRun) throws -> [[String: String]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require(object["issues"] as? [[String: String]])
    }

    @Test("A clean request is exit 0 with a zero summary")
    func clean() throws {
        let run = try validate(["--operation", "payment"], json: Self.cleanPayment)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == "0 errors, 0 warnings\n")
        #expect(run.stderr.isEmpty)
    }

    @Test("Errors are exit 1, one line per issue and a summary")
    func errors() throws {
        let run = try validate(["--operation", "payment"], json: Self.paymentWithoutCustomer)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("customer: error: [missing-required] ") == true, "\(lines)")
        #expect(lines.last == "1 error, 0 warnings")
    }

    @Test("SDK operations default to PC; --platform mobile applies the mobile rules")
    func platform() throws {
        #expect(try validate(["--operation", "payment", "--platform", "pc"], json: Self.paymentWithoutCustomer).status == 1)
        let mobile = try validate(["--operation", "payment", "--platform", "mobile"], json: Self.paymentWithoutCustomer)
        #expect(mobile.status == 0, "\(mobile.stdout)")
    }

    @Test("Warnings alone are exit 0; declared contracts silence them")
    func contracts() throws {
        let warned = try validate(["--operation", "payment", "--format", "json"], json: Self.contractPayment)
        #expect(warned.status == 0)
        #expect(Set(try issues(warned).map { $0["code"] ?? "" }) == ["contract-required", "escrow-contract"])
        #expect(try issues(warned).allSatisfy { $0["severity"] == "warning" })

        let declared = try validate(["--operation", "payment", "--format", "json", "--contract", "vat-tax-free", "--contract", "escrow"], json: Self.contractPayment)
        #expect(declared.status == 0)
        #expect(declared.stdout == "{\"issues\":[]}\n")
    }

    @Test("JSON output has the documented shape, keys sorted")
    func jsonShape() throws {
        let run = try validate(["--operation", "payment", "--format", "json"], json: Self.paymentWithoutCustomer)
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("{\"issues\":[{\"code\":\"missing-required\",\"message\":\""), "\(run.stdout)")
        #expect(run.stdout.hasSuffix("\",\"path\":\"customer\",\"severity\":\"error\"}]}\n"), "\(run.stdout)")
        let issue = try #require(try issues(run).first)
        #expect(Set(issue.keys) == ["path", "severity", "code", "message"])
    }

    @Test("--now fixes the clock for rules about the future")
    func now() throws {
        let before = try validate(["--operation", "instant-payment", "--now", "2026-01-01T00:00:00+09:00", "--contract", "api-keyin-payment"], json: Self.virtualAccount)
        #expect(before.status == 0, "\(before.stdout)")
        let after = try validate(["--operation", "instant-payment", "--now", "2100-01-01T00:00:00Z", "--contract", "api-keyin-payment", "--format", "json"], json: Self.virtualAccount)
        #expect(after.status == 1)
        #expect(try issues(after).map { $0["path"] ?? "" } == ["method.virtualAccount.expiry.dueDate"])
        #expect(try issues(after).map { $0["code"] ?? "" } == ["instant-va-due-date-future"])
    }

    @Test("- reads the request from standard input")
    func standardInput() throws {
        let run = try CommandLineRun.inicisCodegen(["validate", "--operation", "payment", "-"], stdin: Self.cleanPayment)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let missing = try CommandLineRun.inicisCodegen(["validate", "--operation", "payment", "--format", "json", "-"], stdin: Self.paymentWithoutCustomer)
        #expect(missing.status == 1)
    }

    @Test("A value of the wrong JSON type is an error at its path, never a crash")
    func wrongTypes() throws {
        let run = try validate(["--operation", "store-receipt", "--format", "json"], json: #"{"items": [{"totalAmount": "5500"}, 7], "storeId": {}}"#)
        #expect(run.status == 1, "\(run.stderr)")
        let wrong = try issues(run).filter { $0["code"] == "wrong-type" }.map { $0["path"] ?? "" }
        #expect(wrong == ["items[0].totalAmount", "items[1]", "storeId"])

        let root = try CommandLineRun.inicisCodegen(["validate", "--operation", "payment", "-"], stdin: "[1, 2]")
        #expect(root.status == 1)
        #expect(root.stdout.hasPrefix("(root): error: [wrong-type] "))
    }

    @Test("REST operations are validated as api, and --platform is refused for them")
    func restPlatform() throws {
        let run = try validate(["--operation", "instant-payment", "--platform", "mobile"], json: Self.virtualAccount)
        #expect(run.status == 2)
        #expect(run.stderr.contains("REST API"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test("Unusable input is exit 2 with one clear line on stderr", arguments: [
        (["--operation", "refund"], "{}", "error: unknown operation 'refund'; known operations: payment"),
        (["--operation", "payment"], "{not json", "request.json: error: not valid JSON"),
        (["--operation", "payment", "--platform", "tablet"], "{}", "error: unknown platform 'tablet'; use pc or mobile"),
        (["--operation", "payment", "--contract", "vat"], "{}", "error: unknown contract 'vat'; known contracts: "),
        (["--operation", "payment", "--now", "2026-01-01 00:00:00"], "{}", "error: --now '2026-01-01 00:00:00' is not an RFC 3339 date-time"),
        (["--operation", "payment", "--format", "yaml"], "{}", "error: unknown format 'yaml'; use text or json"),
    ])
    func unusable(_ arguments: [String], _ json: String, _ message: String) throws {
        let run = try validate(arguments, json: json)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test("A missing file is exit 2")
    func missingFile() throws {
        let run = try CommandLineRun.inicisCodegen(["validate", "--operation", "payment", "/nonexistent/request.json"])
        #expect(run.status == 2)
        #expect(run.stderr == "/nonexistent/request.json: error: no such file\n")
    }

    @Test("No card number, birth date, password digits or identity number reaches the output")
    func secretsStayOut() throws {
        let json = """
            {"channelKey": "channel-key-1", "orderName": "주문", "amount": {"total": 10000}, "currency": "KRW",
             "customer": {"name": {"full": "홍길동"}, "email": "test@test.com", "phoneNumber": "010-1234-0000", "birthYear": 1990},
             "method": {"card": {"credential": {"number": "4111-1111-1111-9876", "expiryYear": "19", "expiryMonth": "13",
                                                "birthOrBusinessRegistrationNumber": "9001x1", "passwordTwoDigits": "4x"}}},
             "cashReceipt": {"customerIdentityNumber": "900101-1234567"}}
            """
        for format in ["text", "json"] {
            let run = try validate(["--operation", "instant-payment", "--format", format], json: json)
            #expect(run.status == 1)
            for secret in ["4111", "9876", "9001", "4x", "900101", "1234567", "1990"] {
                #expect(!run.stdout.contains(secret), "\(secret) leaked: \(run.stdout)")
            }
        }
    }
}
