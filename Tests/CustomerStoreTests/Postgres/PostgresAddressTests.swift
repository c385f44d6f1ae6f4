import CustomerCore
import Foundation
import PostgresStore
import Testing

/// Reading a server's address as libpq does: the URL's parts, the password's three sources and
/// their order, and a password that never appears in what the address says of itself.
@Suite struct PostgresAddressTests {
    @Test func aFullURLIsReadPartByPartAndItsPasswordNeverShows() throws {
        let address = try PostgresAddress.parse("postgres://shop:p%40ss%20word@db.example.com:6543/salon?sslmode=require",
                                                environment: [:], passFile: nil)
        #expect(address.host == "db.example.com")
        #expect(address.port == 6543)
        #expect(address.user == "shop")
        #expect(address.database == "salon")
        #expect(address.tls == .require)
        #expect(address.password == "p@ss word")
        #expect(address.description == "postgres://shop@db.example.com:6543/salon")
        #expect(!"\(address)".contains("p@ss"))
    }

    @Test func defaultsAreLibpqs() throws {
        let address = try PostgresAddress.parse("postgresql://db/salon", environment: ["USER": "ines"], passFile: nil)
        #expect(address.port == 5432)
        #expect(address.user == "ines")
        #expect(address.tls == .prefer)
        #expect(address.password == nil)
        #expect(try PostgresAddress.parse("postgres://db/salon", environment: ["PGUSER": "front", "USER": "ines"], passFile: nil).user == "front")
    }

    @Test func thePasswordComesFromTheURLThenPGPASSWORDThenThePassFile() throws {
        let file = PassFile(text: "db:5432:salon:shop:from-file\n")
        #expect(try PostgresAddress.parse("postgres://shop:from-url@db/salon", environment: ["PGPASSWORD": "from-env"], passFile: file).password == "from-url")
        #expect(try PostgresAddress.parse("postgres://shop@db/salon", environment: ["PGPASSWORD": "from-env"], passFile: file).password == "from-env")
        #expect(try PostgresAddress.parse("postgres://shop@db/salon", environment: [:], passFile: file).password == "from-file")
    }

    @Test func thePassFileMatchesWithWildcardsAndEscapesTheFirstLineWins() {
        let file = PassFile(text: """
            # comment
            other:*:*:*:nope
            db:*:salon:shop:first
            *:*:*:shop:second
            db:5432:sa\\:lon:shop:colon\\\\pass
            """)
        #expect(file.password(host: "db", port: 6000, database: "salon", user: "shop") == "first")
        #expect(file.password(host: "elsewhere", port: 5432, database: "x", user: "shop") == "second")
        #expect(file.password(host: "db", port: 5432, database: "sa:lon", user: "shop") == "second", "the wildcard line comes first")
        #expect(file.password(host: "db", port: 5432, database: "salon", user: "nobody") == nil)
        #expect(PassFile(text: "db:5432:sa\\:lon:shop:colon\\\\pass").password(host: "db", port: 5432, database: "sa:lon", user: "shop") == "colon\\pass")
    }

    @Test func aPassFileOthersMayReadIsIgnoredAsLibpqDoes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "*:*:*:*:secret\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(PassFile.standard(environment: ["PGPASSFILE": path]) == nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(PassFile.standard(environment: ["PGPASSFILE": path])?.password(host: "h", port: 1, database: "d", user: "u") == "secret")
    }

    @Test(arguments: ["postgres://", "postgres://db", "postgres://db/", "postgres://shop@db/salon?sslmode=sometimes",
                      "postgres://shop@db/salon?application_name=x", "postgres://shop@db:99999/salon"])
    func anUnusableURLSaysWhatIsWrong(_ text: String) {
        #expect(throws: PostgresAddress.Refusal.self) { try PostgresAddress.parse(text, environment: ["USER": "ines"], passFile: nil) }
    }
}
