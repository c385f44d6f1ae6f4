import Foundation
import Testing
import ClienteleTestSupport
import CustomerCore

/// `clientele bookings` and `clientele payments` as scripts use them: the real binary on a real
/// file, every subcommand, its JSON keys and its exit codes (0 done, 1 not found, 3 refused with
/// nothing stored, 64 bad usage).
@Suite(.serialized) struct BookingsPaymentsCommandTests {
    let directory: URL
    let db: String

    init() throws {
        (directory, db) = try ShopFolder.make("clientele-money-cli")
    }

    func run(_ arguments: [String]) throws -> ClienteleProcess.Outcome {
        try ClienteleProcess.run(arguments + ["--db", db], environment: ["TZ": "UTC"])
    }

    func customer(_ given: String = "Ana", _ family: String = "Ruiz", phone: String = "+1 415 555 0100") throws -> Int64 {
        let outcome = try run(["add", "--given-name", given, "--family-name", family, "--phone", phone, "--json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as! [String: Any]
        return (object["id"] as! NSNumber).int64Value
    }

    func json(_ outcome: ClienteleProcess.Outcome) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
    }

    func printedID(_ outcome: ClienteleProcess.Outcome) throws -> Int64 {
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return try #require(Int64(outcome.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    func book(_ id: Int64, _ at: String, _ service: String = "Cut", staff: String? = nil, minutes: Int? = nil) throws -> Int64 {
        var arguments = ["bookings", "add", String(id), "--at", at, "--service", service]
        if let staff { arguments += ["--staff", staff] }
        if let minutes { arguments += ["--minutes", String(minutes)] }
        return try printedID(try run(arguments))
    }

    // MARK: bookings

    @Test func aCustomersBookingsAreUpcomingFirstThenPastWithTheirJSONKeys() throws {
        let ana = try customer()
        let past = try book(ana, "2020-05-01 10:00", "Colour")
        let later = try book(ana, "2031-01-10 09:00", "Cut", staff: "Lea", minutes: 45)
        let sooner = try book(ana, "2030-06-01 16:30", "Wash")
        let outcome = try run(["bookings", String(ana), "--json"])
        #expect(outcome.status == 0)
        let rows = try #require(try json(outcome) as? [[String: Any]])
        #expect(rows.map { ($0["id"] as! NSNumber).int64Value } == [sooner, later, past])
        #expect(rows.allSatisfy { Set($0.keys) == ["id", "customerId", "startsAt", "endsAt", "minutes", "service", "staff", "status", "notes", "overlaps"] })
        #expect(rows[1]["startsAt"] as? String == "2031-01-10T09:00:00Z" && rows[1]["endsAt"] as? String == "2031-01-10T09:45:00Z")
        #expect(rows[1]["minutes"] as? Int == 45 && rows[1]["staff"] as? String == "Lea" && rows[1]["status"] as? String == "scheduled")
        let human = try run(["bookings", String(ana)])
        #expect(human.status == 0 && human.standardOutput.contains("Colour") && human.standardOutput.contains("2031-01-10 09:00"))
    }

    @Test func aStatusIsSetWithTheCommandLinesWordsAndAWrongOneIsBadUsage() throws {
        let ana = try customer()
        let booking = try book(ana, "2030-06-01 16:30")
        #expect(try run(["bookings", "set", String(booking), "--status", "no-show"]).status == 0)
        var rows = try #require(try json(try run(["bookings", String(ana), "--json"])) as? [[String: Any]])
        #expect(rows.first?["status"] as? String == "no-show")
        #expect(try run(["bookings", "set", String(booking), "--status", "completed"]).status == 0)
        rows = try #require(try json(try run(["bookings", String(ana), "--json"])) as? [[String: Any]])
        #expect(rows.first?["status"] as? String == "completed")
        #expect(try run(["bookings", "set", String(booking), "--status", "done"]).status == 64)
        #expect(try run(["bookings", "set", "999", "--status", "cancelled"]).status == 1)
    }

    @Test func theDaysBookingsAcrossCustomersAreByTimeWithNamesAndOverlapsFlagged() throws {
        let ana = try customer()
        let ben = try customer("Ben", "Okafor", phone: "+1 415 555 0101")
        let late = try book(ana, "2030-06-01 16:30", staff: "Lea")
        let early = try book(ben, "2030-06-01 09:00", staff: "Lea", minutes: 60)
        let overlapping = try run(["bookings", "add", String(ana), "--at", "2030-06-01 09:30", "--service", "Wash", "--staff", "lea"])
        let clash = try printedID(overlapping)
        #expect(overlapping.standardError.contains("overlaps booking \(early)"))
        _ = try book(ben, "2030-06-02 09:00")
        let outcome = try run(["bookings", "--day", "2030-06-01", "--json"])
        #expect(outcome.status == 0)
        let rows = try #require(try json(outcome) as? [[String: Any]])
        #expect(rows.map { ($0["id"] as! NSNumber).int64Value } == [early, clash, late])
        #expect(rows.map { $0["customerName"] as? String } == ["Ben Okafor", "Ana Ruiz", "Ana Ruiz"])
        #expect(rows.map { $0["overlaps"] as? Bool } == [true, true, false])
        let card = try #require(try json(try run(["bookings", String(ben), "--json"])) as? [[String: Any]])
        #expect(card.first { ($0["id"] as! NSNumber).int64Value == early }?["overlaps"] as? Bool == true)
        let empty = try run(["bookings", "--day", "2030-07-01", "--json"])
        let emptyRows = try json(empty) as? [Any]
        #expect(empty.status == 0 && emptyRows?.isEmpty == true)
    }

    @Test func bookingsExitCodes() throws {
        let ana = try customer()
        #expect(try run(["bookings", "999"]).status == 1)
        #expect(try run(["bookings", "add", "999", "--at", "2030-06-01 10:00", "--service", "Cut"]).status == 1)
        #expect(try run(["bookings", "add", String(ana), "--at", "someday", "--service", "Cut"]).status == 3)
        #expect(try run(["bookings", "add", String(ana), "--at", "2030-06-01 10:00", "--service", " "]).status == 3)
        #expect(try run(["bookings", "add", String(ana), "--at", "2030-06-01 10:00", "--service", "Cut", "--minutes", "2"]).status == 3)
        #expect(try run(["bookings", "add", String(ana), "--at", "2030-06-01 10:00"]).status == 64)
        #expect(try run(["bookings"]).status == 64)
        #expect(try run(["bookings", String(ana), "--day", "2030-06-01"]).status == 64)
        #expect(try run(["bookings", "--day", "01/06/2030"]).status == 64)
        let rows = try #require(try json(try run(["bookings", String(ana), "--json"])) as? [Any])
        #expect(rows.isEmpty, "a refused booking stored nothing")
    }

    // MARK: payments

    @Test func paymentsAreRecordedInTheShopsCurrencyWithDecimalStringsInJSON() throws {
        #expect(try run(["settings", "set", "currency", "eur"]).status == 0)
        let ana = try customer()
        let booking = try book(ana, "2020-05-01 10:00")
        let paid = try printedID(try run(["payments", "record", String(ana), "--amount", "35.5", "--method", "card", "--booking", String(booking)]))
        let due = try printedID(try run(["payments", "record", String(ana), "--amount", "1234,56", "--due", "2030-01-31"]))
        let overdue = try printedID(try run(["payments", "record", String(ana), "--amount", "20", "--due", "2020-01-31"]))
        let outcome = try run(["payments", String(ana), "--json"])
        #expect(outcome.status == 0)
        let rows = try #require(try json(outcome) as? [[String: Any]])
        #expect(rows.allSatisfy { Set($0.keys) == ["id", "customerId", "amount", "currency", "status", "date", "dueDate", "method", "bookingId", "cardId"] })
        let byID = Dictionary(uniqueKeysWithValues: rows.map { (($0["id"] as! NSNumber).int64Value, $0) })
        #expect(byID[paid]?["amount"] as? String == "35.50" && byID[paid]?["currency"] as? String == "EUR")
        #expect(byID[paid]?["status"] as? String == "paid" && byID[paid]?["method"] as? String == "card")
        #expect((byID[paid]?["bookingId"] as? NSNumber)?.int64Value == booking && byID[paid]?["cardId"] is NSNull)
        #expect(byID[due]?["amount"] as? String == "1234.56" && byID[due]?["status"] as? String == "due")
        #expect(byID[due]?["dueDate"] as? String == "2030-01-31T23:59:59Z")
        #expect(byID[overdue]?["status"] as? String == "overdue" && byID[overdue]?["amount"] as? String == "20.00")
    }

    @Test func aDueAmountIsMarkedPaidOnceAndPayingWhatIsNotDueIsRefused() throws {
        let ana = try customer()
        let due = try printedID(try run(["payments", "record", String(ana), "--amount", "20", "--due", "2020-01-31"]))
        let marked = try run(["payments", "paid", String(due), "--method", "transfer"])
        #expect(marked.status == 0 && marked.standardOutput.contains("USD 20.00"))
        let rows = try #require(try json(try run(["payments", String(ana), "--json"])) as? [[String: Any]])
        #expect(rows.first?["status"] as? String == "paid" && rows.first?["method"] as? String == "transfer")
        #expect(try run(["payments", "paid", String(due)]).status == 3)
        #expect(try run(["payments", "paid", "999"]).status == 1)
        // Refunded once it was received; an amount still owed is not refunded.
        let owed = try printedID(try run(["payments", "record", String(ana), "--amount", "5", "--due", "2030-01-31"]))
        #expect(try run(["payments", "refund", String(owed)]).status == 3)
        let refund = try run(["payments", "refund", String(due)])
        #expect(refund.status == 0 && refund.standardOutput.contains("refunded"))
        let after = try #require(try json(try run(["payments", String(ana), "--json"])) as? [[String: Any]])
        #expect(after.first { ($0["id"] as! NSNumber).int64Value == due }?["status"] as? String == "refunded")
        #expect(try run(["payments", "refund", "999"]).status == 1)
    }

    @Test func paymentsExitCodes() throws {
        let ana = try customer()
        let ben = try customer("Ben", "Okafor", phone: "+1 415 555 0101")
        let bens = try book(ben, "2020-05-01 10:00")
        #expect(try run(["payments", "999"]).status == 1)
        #expect(try run(["payments", "record", "999", "--amount", "5"]).status == 1)
        #expect(try run(["payments", "record", String(ana), "--amount", "abc"]).status == 3)
        #expect(try run(["payments", "record", String(ana), "--amount", "0"]).status == 3)
        #expect(try run(["payments", "record", String(ana), "--amount", "1.234"]).status == 3)
        #expect(try run(["payments", "record", String(ana), "--amount", "5", "--booking", "999"]).status == 1)
        #expect(try run(["payments", "record", String(ana), "--amount", "5", "--booking", String(bens)]).status == 3)
        #expect(try run(["payments", "record", String(ana), "--amount", "5", "--card", "999"]).status == 1)
        #expect(try run(["payments", "record", String(ana), "--amount", "5", "--method", "cheque"]).status == 64)
        #expect(try run(["payments", "record", String(ana), "--amount", "5", "--due", "tomorrow"]).status == 64)
        #expect(try run(["payments", "record", String(ana)]).status == 64)
        let rows = try #require(try json(try run(["payments", String(ana), "--json"])) as? [Any])
        #expect(rows.isEmpty, "nothing refused was stored")
    }
}
