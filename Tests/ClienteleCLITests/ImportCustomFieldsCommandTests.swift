import Foundation
import Testing
import ClienteleTestSupport

/// `clientele import` asks before creating many custom fields (issue 12, point 20): exit 64 naming
/// the count and `--create-custom-fields N`, nothing written; with the option, the import runs.
@Suite struct ImportCustomFieldsCommandTests {
    @Test func aFileOfManyUnknownColumnsNeedsCreateCustomFields() throws {
        let (directory, db) = try ShopFolder.make("clientele-cli")
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("wide.csv").path
        let header = ["First Name"] + (1...80).map { "Extra \($0)" }
        let row = ["Ana"] + (1...80).map { "v\($0)" }
        try Data((header.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n").utf8).write(to: URL(fileURLWithPath: csv))
        let refused = try ClienteleProcess.run(["import", csv, "--db", db])
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("80 new custom fields"), "\(refused.standardError)")
        #expect(refused.standardError.contains("--create-custom-fields 80"))
        let tooFew = try ClienteleProcess.run(["import", csv, "--db", db, "--create-custom-fields", "60"])
        #expect(tooFew.status == 64)
        let agreed = try ClienteleProcess.run(["import", csv, "--db", db, "--create-custom-fields", "80"])
        #expect(agreed.status == 0, "\(agreed.standardError)")
        #expect(agreed.standardOutput.contains("Imported 1 customer"))
    }
}
