import Foundation
import Testing
@testable import CustomerCore

/// The reminder times a shop types (PRODUCT §7), in the three languages, both month orders.
@Suite struct ReminderTimeTests {
    static func calendar(_ zone: String) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        return calendar
    }

    let paris = ReminderTimeTests.calendar("Europe/Paris")
    /// Tuesday 1 December 2026, 15:00 in Paris.
    var now: Date { paris.date(from: DateComponents(year: 2026, month: 12, day: 1, hour: 15, minute: 0))! }

    /// "2026-12-03 10:00" for the date read in Paris.
    func read(_ text: String, monthFirst: Bool = false) throws -> String {
        let date = try ReminderTime.parse(text, now: now, calendar: paris, monthFirst: monthFirst)
        let c = paris.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }

    @Test(arguments: [
        ("2026-12-03 10:00", "2026-12-03 10:00"), ("2026-12-03T10:00", "2026-12-03 10:00"), ("2026-12-03", "2026-12-03 09:00"),
        ("3/12 10h", "2026-12-03 10:00"), ("3/12/2026 10:00", "2026-12-03 10:00"), ("3.12. 10:00", "2026-12-03 10:00"),
        ("3.12.2026", "2026-12-03 09:00"), ("3/12/27", "2027-12-03 09:00"),
        ("tomorrow 9am", "2026-12-02 09:00"), ("demain 9h", "2026-12-02 09:00"), ("mañana 9:00", "2026-12-02 09:00"),
        ("Mañana a las 9:00", "2026-12-02 09:00"), ("MANANA 9:00", "2026-12-02 09:00"), ("demain à 10h30", "2026-12-02 10:30"),
        ("tomorrow at 9:30 pm", "2026-12-02 21:30"), ("tomorrow 12am", "2026-12-02 00:00"), ("tomorrow 12pm", "2026-12-02 12:00"),
        ("today 17:30", "2026-12-01 17:30"), ("aujourd'hui 17h", "2026-12-01 17:00"), ("Aujourd’hui 21h15", "2026-12-01 21:15"),
        ("hoy 17:30", "2026-12-01 17:30"), ("today 21:15", "2026-12-01 21:15"), ("tomorrow", "2026-12-02 09:00"),
        ("in 3 days", "2026-12-04 09:00"), ("dans 3 jours", "2026-12-04 09:00"), ("en 3 días", "2026-12-04 09:00"),
        ("in 2 weeks", "2026-12-15 09:00"), ("in a week", "2026-12-08 09:00"), ("dans 2 semaines 10h", "2026-12-15 10:00"),
        ("in 2 months", "2027-02-01 09:00"),
        ("next week", "2026-12-08 09:00"), ("la semaine prochaine", "2026-12-08 09:00"), ("semaine prochaine", "2026-12-08 09:00"),
        ("la próxima semana", "2026-12-08 09:00"), ("la semana que viene", "2026-12-08 09:00"),
        ("next month", "2027-01-01 09:00"), ("le mois prochain", "2027-01-01 09:00"), ("el próximo mes", "2027-01-01 09:00"),
        ("el mes que viene", "2027-01-01 09:00"),
        // Weekdays: the next such day; today is a Tuesday, so "tuesday" is next week's.
        ("friday", "2026-12-04 09:00"), ("vendredi 17h", "2026-12-04 17:00"), ("viernes 17:30", "2026-12-04 17:30"),
        ("Monday 9am", "2026-12-07 09:00"), ("lundi", "2026-12-07 09:00"), ("lunes", "2026-12-07 09:00"),
        ("tuesday", "2026-12-08 09:00"), ("mercredi", "2026-12-02 09:00"), ("miércoles", "2026-12-02 09:00"),
        ("sábado 10h", "2026-12-05 10:00"), ("dimanche", "2026-12-06 09:00"), ("next thursday", "2026-12-03 09:00"),
        // A time alone: today, or tomorrow once past.
        ("21h", "2026-12-01 21:00"), ("10:00", "2026-12-02 10:00"),
    ])
    func everyFormIsRead(_ text: String, _ expected: String) throws {
        #expect(try read(text) == expected, "\(text)")
    }

    @Test func theMonthOrderFollowsTheRegion() throws {
        #expect(try read("3/12 10h", monthFirst: true) == "2027-03-12 10:00")  // March 12, past this year: next year's
        #expect(try read("12/3 10h", monthFirst: true) == "2026-12-03 10:00")
        #expect(try read("12/3 10h", monthFirst: false) == "2027-03-12 10:00")
        #expect(try read("3/12/2026 10:00", monthFirst: true) == "2026-03-12 10:00")
        // Dots are day first everywhere.
        #expect(try read("3.12. 10:00", monthFirst: true) == "2026-12-03 10:00")
        #expect(ReminderTime.monthFirst(region: "US") && ReminderTime.monthFirst(region: "us"))
        #expect(!ReminderTime.monthFirst(region: "FR") && !ReminderTime.monthFirst(region: "MX") && !ReminderTime.monthFirst(region: "ES"))
    }

    @Test func aYearlessDateAlreadyPastIsNextYears() throws {
        #expect(try read("1/11") == "2027-11-01 09:00")
        #expect(try read("30/11 18h") == "2027-11-30 18:00")
        #expect(try read("1/12 8h") == "2026-12-01 08:00", "today's date stays this year's")
        #expect(try read("25/12") == "2026-12-25 09:00")
        #expect(try read("2026-01-05") == "2026-01-05 09:00", "a date with its year is as written")
    }

    @Test func theSameWordsAreDifferentInstantsInDifferentZones() throws {
        let mexico = Self.calendar("America/Mexico_City")
        let inParis = try ReminderTime.parse("2026-12-03 10:00", now: now, calendar: paris, monthFirst: false)
        let inMexico = try ReminderTime.parse("2026-12-03 10:00", now: now, calendar: mexico, monthFirst: false)
        #expect(inParis == Date(timeIntervalSince1970: 1_796_288_400))  // 09:00 UTC
        #expect(inMexico.timeIntervalSince(inParis) == 7 * 3600)        // Paris is UTC+1, Mexico City UTC−6
        let tomorrowParis = try ReminderTime.parse("tomorrow", now: now, calendar: paris, monthFirst: false)
        let tomorrowMexico = try ReminderTime.parse("tomorrow", now: now, calendar: mexico, monthFirst: false)
        #expect(tomorrowMexico.timeIntervalSince(tomorrowParis) == 7 * 3600)
    }

    @Test(arguments: ["", "   ", "\n"])
    func nothingTypedIsEmpty(_ text: String) {
        #expect(throws: ReminderTimeError.empty) { try ReminderTime.parse(text, now: now, calendar: paris, monthFirst: false) }
    }

    @Test(arguments: ["soon", "31/4", "30/2/2027", "25:00", "tomorrow 9:75", "13pm", "2026-13-01", "tomorrow tomorrow", "10h 11h",
                      "in 3 fortnights", "3/12 10h extra", "4111 1111 1111 1111"])
    func whatIsNotADateIsUnreadable(_ text: String) {
        #expect(throws: ReminderTimeError.unreadable(text)) { try ReminderTime.parse(text, now: now, calendar: paris, monthFirst: false) }
    }

    @Test func theRefusalNamesWhatWasTypedAndShowsForms() {
        let message = ReminderTimeError.unreadable("soon").description
        #expect(message.contains("“soon”") && message.contains("2026-12-03 10:00") && message.contains("tomorrow 9am"))
        #expect(ReminderTimeError.empty.description.contains("in 3 days"))
    }

    @Test func presetsComeFromTheirCodes() {
        #expect(ReminderPreset(code: "3d") == ReminderPreset(amount: 3, unit: .day))
        #expect(ReminderPreset(code: "2W") == ReminderPreset(amount: 2, unit: .week))
        #expect(ReminderPreset(code: "1m")?.code == "1m")
        for bad in ["", "d", "0d", "3y", "-1d", "1.5w", "1000d"] { #expect(ReminderPreset(code: bad) == nil, "\(bad)") }
        #expect(ReminderPreset.defaults.map(\.code) == ["1d", "3d", "1w", "1m"])
        #expect(ReminderPreset.list(setting: nil) == ReminderPreset.defaults)
        #expect(ReminderPreset.list(setting: " ") == ReminderPreset.defaults)
        #expect(ReminderPreset.list(setting: "1d,2w").map(\.code) == ["1d", "2w"])
        #expect(ReminderPreset.list(setting: "1d, 2w ,1m").map(\.code) == ["1d", "2w", "1m"])
        #expect(ReminderPreset.list(setting: "1d,soon") == ReminderPreset.defaults)
    }

    @Test func aPresetIsNineOClockLocalOnItsDay() {
        let cases: [(String, String)] = [("1d", "2026-12-02"), ("3d", "2026-12-04"), ("1w", "2026-12-08"), ("2w", "2026-12-15"), ("1m", "2027-01-01")]
        for (code, day) in cases {
            let due = ReminderPreset(code: code)!.dueDate(from: now, calendar: paris)
            let c = paris.dateComponents([.year, .month, .day, .hour, .minute], from: due)
            #expect(String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!) == day && c.hour == 9 && c.minute == 0, "\(code)")
        }
        // Across the change to summer time: still 9:00 on the wall clock.
        let march = paris.date(from: DateComponents(year: 2026, month: 3, day: 28, hour: 12))!
        let due = ReminderPreset(amount: 1, unit: .day).dueDate(from: march, calendar: paris)
        #expect(paris.component(.hour, from: due) == 9)
    }
}
