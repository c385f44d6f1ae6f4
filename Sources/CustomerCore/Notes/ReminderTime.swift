import Foundation

/// Why a typed reminder time could not be read, worded for the person who typed it.
public enum ReminderTimeError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unreadable(String)

    static let examples = "2026-12-03 10:00, 3/12 10h, tomorrow 9am, demain 9h, mañana 9:00, in 3 days, next week, friday 17:30"

    public var description: String {
        switch self {
        case .empty: "no date or time was given; write one such as \(Self.examples)"
        case .unreadable(let text): "“\(text)” is not a date or time Clientele understands; write one such as \(Self.examples)"
        }
    }
}

/// A reminder's date and time as a shop types it (PRODUCT §7), in English, French or Spanish
/// whatever the interface's language: ISO dates, day/month (or month/day in the US) with an
/// optional year, "tomorrow 9am", "demain 9h", "mañana 9:00", "in 3 days", "next week", a weekday.
/// Without a time it is 9:00 local; a day/month already past this year is next year's.
public enum ReminderTime {
    /// Whether "3/12" is March 12 in `region` (the US and the places that write dates its way).
    public static func monthFirst(region: String) -> Bool {
        ["US", "PR", "GU", "VI", "AS", "MP", "UM", "PH", "FM", "MH", "PW"].contains(region.uppercased())
    }

    public static func parse(_ text: String, now: Date, calendar: Calendar = .current, monthFirst: Bool) throws(ReminderTimeError) -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw .empty }
        guard let date = read(trimmed, now: now, calendar: calendar, monthFirst: monthFirst) else { throw .unreadable(trimmed) }
        return date
    }

    // MARK: - Reading

    struct Clock: Equatable { var hour: Int; var minute: Int }
    enum Day { case absolute(year: Int?, month: Int, day: Int), offset(days: Int), months(Int), weekday(Int) }

    static let fillers: Set<String> = ["at", "a", "à", "las", "la", "le", "el", "the", "on", "for", "pour", "para", "de", "du", "del"]

    static func read(_ text: String, now: Date, calendar: Calendar, monthFirst: Bool) -> Date? {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "aujourd'hui", with: "today").replacingOccurrences(of: "aujourdhui", with: "today")
            .replacingOccurrences(of: "apres-demain", with: "apresdemain")
            .replacingOccurrences(of: ",", with: " ")
        // "2026-12-03T10:00": the ISO separator between date and time.
        let isoSplit = folded.replacingOccurrences(of: #"^(\d{4}-\d{1,2}-\d{1,2})t"#, with: "$1 ", options: .regularExpression)
        var tokens = isoSplit.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        tokens.removeAll { fillers.contains($0) }
        guard !tokens.isEmpty else { return nil }

        // The time: one token ("10:00", "10h30", "9am") or a number followed by am/pm ("9:30 pm").
        var clock: Clock?
        var index = 0
        while index < tokens.count {
            if index + 1 < tokens.count, ["am", "pm", "a.m.", "p.m."].contains(tokens[index + 1]),
               let found = clockReading(tokens[index] + tokens[index + 1].replacingOccurrences(of: ".", with: "")) {
                guard clock == nil else { return nil }
                clock = found
                tokens.removeSubrange(index...(index + 1))
                continue
            }
            if let found = clockReading(tokens[index]) {
                guard clock == nil else { return nil }
                clock = found
                tokens.remove(at: index)
                continue
            }
            index += 1
        }
        let dayText = tokens.joined(separator: " ")
        let day: Day
        if dayText.isEmpty {
            guard let clock else { return nil }
            // A time alone: today, or tomorrow once it has passed.
            guard let today = at(clock, onDayOf: now, calendar: calendar) else { return nil }
            return today > now ? today : calendar.date(byAdding: .day, value: 1, to: today)
        } else if let found = dayReading(dayText, monthFirst: monthFirst) {
            day = found
        } else {
            return nil
        }
        return resolve(day, clock: clock ?? Clock(hour: 9, minute: 0), now: now, calendar: calendar)
    }

    static func clockReading(_ token: String) -> Clock? {
        if let match = groups(token, #"^(\d{1,2}):(\d{2})$"#) ?? groups(token, #"^(\d{1,2})h(\d{2})?$"#) {
            return valid(Int(match[0])!, match[1].isEmpty ? 0 : Int(match[1])!)
        }
        if let match = groups(token, #"^(\d{1,2})(?::(\d{2}))?(am|pm)$"#) {
            let hour = Int(match[0])!, minute = match[1].isEmpty ? 0 : Int(match[1])!
            guard (1...12).contains(hour) else { return nil }
            return valid(hour % 12 + (match[2] == "pm" ? 12 : 0), minute)
        }
        return nil
    }

    static func valid(_ hour: Int, _ minute: Int) -> Clock? {
        (0...23).contains(hour) && (0...59).contains(minute) ? Clock(hour: hour, minute: minute) : nil
    }

    static let weekdays: [String: Int] = {
        // Calendar weekday numbers: 1 is Sunday.
        let names: [[String]] = [
            ["sunday", "sun", "dimanche", "domingo"], ["monday", "mon", "lundi", "lunes"], ["tuesday", "tue", "tues", "mardi", "martes"],
            ["wednesday", "wed", "mercredi", "miercoles"], ["thursday", "thu", "thur", "thurs", "jeudi", "jueves"],
            ["friday", "fri", "vendredi", "viernes"], ["saturday", "sat", "samedi", "sabado"],
        ]
        var table: [String: Int] = [:]
        for (offset, words) in names.enumerated() { for word in words { table[word] = offset + 1 } }
        return table
    }()

    static let numberWords: [String: Int] = ["a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "uno": 1, "una": 1, "two": 2, "deux": 2, "dos": 2,
                                             "three": 3, "trois": 3, "tres": 3]

    static func dayReading(_ text: String, monthFirst: Bool) -> Day? {
        switch text {
        case "today", "hoy": return .offset(days: 0)
        case "tomorrow", "demain", "manana": return .offset(days: 1)
        case "day after tomorrow", "apresdemain", "apres demain", "pasado manana": return .offset(days: 2)
        case "next week", "semaine prochaine", "proxima semana", "semana proxima", "semana que viene": return .offset(days: 7)
        case "next month", "mois prochain", "proximo mes", "mes proximo", "mes que viene": return .months(1)
        default: break
        }
        if let match = groups(text, #"^(\d{4})-(\d{1,2})-(\d{1,2})$"#) {
            return .absolute(year: Int(match[0]), month: Int(match[1])!, day: Int(match[2])!)
        }
        if let match = groups(text, #"^(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?$"#) {
            let first = Int(match[0])!, second = Int(match[1])!
            return .absolute(year: year(match[2]), month: monthFirst ? first : second, day: monthFirst ? second : first)
        }
        // "3.12." and "3.12.2026": day first, as wherever dots are written.
        if let match = groups(text, #"^(\d{1,2})\.(\d{1,2})\.?(?:(\d{2}|\d{4}))?$"#) {
            return .absolute(year: year(match[2]), month: Int(match[1])!, day: Int(match[0])!)
        }
        if let match = groups(text, #"^(?:in|dans|en) (?:(\d+|[a-z]+) )?([a-z]+)$"#) {
            // "in a week": the article was dropped with the fillers.
            guard let amount = match[0].isEmpty ? 1 : Int(match[0]) ?? numberWords[match[0]], amount <= 3660 else { return nil }
            switch match[1] {
            case "day", "days", "jour", "jours", "dia", "dias": return .offset(days: amount)
            case "week", "weeks", "semaine", "semaines", "semana", "semanas": return .offset(days: 7 * amount)
            case "month", "months", "mois", "mes", "meses": return .months(amount)
            default: return nil
            }
        }
        let words = text.split(separator: " ").map(String.init).filter { !["next", "prochain", "proximo", "este", "this", "ce"].contains($0) }
        if words.count == 1, let weekday = weekdays[words[0]] { return .weekday(weekday) }
        return nil
    }

    static func year(_ text: String) -> Int? {
        guard let value = Int(text) else { return nil }
        return text.count == 2 ? 2000 + value : value
    }

    static func resolve(_ day: Day, clock: Clock, now: Date, calendar: Calendar) -> Date? {
        let today = calendar.startOfDay(for: now)
        switch day {
        case .offset(let days):
            return calendar.date(byAdding: .day, value: days, to: today).flatMap { at(clock, onDayOf: $0, calendar: calendar) }
        case .months(let months):
            return calendar.date(byAdding: .month, value: months, to: today).flatMap { at(clock, onDayOf: $0, calendar: calendar) }
        case .weekday(let weekday):
            let current = calendar.component(.weekday, from: today)
            let ahead = (weekday - current + 7) % 7
            return calendar.date(byAdding: .day, value: ahead == 0 ? 7 : ahead, to: today).flatMap { at(clock, onDayOf: $0, calendar: calendar) }
        case .absolute(let year, let month, let dayOfMonth):
            let thisYear = calendar.component(.year, from: now)
            guard var date = make(year: year ?? thisYear, month: month, day: dayOfMonth, clock: clock, calendar: calendar) else { return nil }
            if year == nil, calendar.startOfDay(for: date) < today {
                guard let next = make(year: thisYear + 1, month: month, day: dayOfMonth, clock: clock, calendar: calendar) else { return nil }
                date = next
            }
            return date
        }
    }

    /// The date, or nil when it does not exist (31 April, 30 February).
    static func make(year: Int, month: Int, day: Int, clock: Clock, calendar: Calendar) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (1900...9999).contains(year) else { return nil }
        let components = DateComponents(year: year, month: month, day: day, hour: clock.hour, minute: clock.minute)
        guard let date = calendar.date(from: components) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        return back.year == year && back.month == month && back.day == day ? date : nil
    }

    static func at(_ clock: Clock, onDayOf day: Date, calendar: Calendar) -> Date? {
        calendar.date(bySettingHour: clock.hour, minute: clock.minute, second: 0, of: day)
    }

    /// The capture groups of the whole-string `pattern` in `text` ("" for one that did not take part).
    static func groups(_ text: String, _ pattern: String) -> [String]? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
