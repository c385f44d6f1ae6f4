import Foundation
import Testing
import ClienteleTestSupport

/// `clientele loyalty` as scripts use it: the program, enrolment, adjustments and redemptions.
@Suite(.serialized) struct LoyaltyCommandTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-loyalty-cli")
    }

    func run(_ arguments: [String]) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", db])
    }

    @Test func theProgramAMembershipAndItsActivity() throws {
        // The shop's first write creates the database: a command that only reads never does.
        let added = try run(["add", "--given-name", "Ana", "--family-name", "Ruiz", "--phone", "+1 415 555 0100", "--json"])
        #expect(try run(["loyalty", "program"]).status == 1)  // none yet
        let set = try run(["loyalty", "program", "--points-per-unit", "1", "--reward", "Free coffee=100", "--reward", "Cake=250"])
        #expect(set.status == 0 && set.standardOutput.contains("1 points per unit of currency spent") && set.standardOutput.contains("Free coffee — 100 points"),
                "\(set.standardOutput)\(set.standardError)")
        let id = String(((try JSONSerialization.jsonObject(with: Data(added.standardOutput.utf8)) as! [String: Any])["id"] as! NSNumber).int64Value)
        let before = try JSONSerialization.jsonObject(with: Data(try run(["loyalty", id, "--json"]).standardOutput.utf8)) as! [String: Any]
        #expect(before["enrolled"] as? Bool == false && before["points"] as? Int == 0 && before["phone"] is NSNull)
        #expect(try run(["loyalty", "adjust", id, "--points", "5", "--reason", "x"]).status == 1)  // not enrolled
        #expect(try run(["loyalty", "enroll", id]).status == 0)
        let noReason = try run(["loyalty", "adjust", id, "--points", "150", "--reason", " "])
        #expect(noReason.status == 3 && noReason.standardError.contains("an adjustment needs a reason"), "\(noReason.standardError)")
        #expect(try run(["loyalty", "adjust", id, "--points", "150", "--reason", "opening offer"]).standardOutput.contains("150 points."))
        let tooMuch = try run(["loyalty", "redeem", id, "--reward", "cake"])
        #expect(tooMuch.status == 3 && tooMuch.standardError.contains("cannot go below zero"), "\(tooMuch.standardError)")
        let coffee = try run(["loyalty", "redeem", id, "--reward", "free coffee"])
        #expect(coffee.status == 0 && coffee.standardOutput.contains("50 points left"), "\(coffee.standardOutput)")
        #expect(try run(["loyalty", "redeem", id, "--reward", "Spa day"]).status == 1)
        let after = try JSONSerialization.jsonObject(with: Data(try run(["loyalty", id, "--json"]).standardOutput.utf8)) as! [String: Any]
        #expect(after["enrolled"] as? Bool == true && after["points"] as? Int == 50 && after["phone"] as? String == "+14155550100")
        let kinds = (after["activity"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
        #expect(kinds == ["redeemed", "adjusted", "enrolled"], "\(after)")
        #expect(try run(["loyalty", "program", "--points-per-visit", "5", "--points-per-unit", "1"]).status == 64)
    }
}
