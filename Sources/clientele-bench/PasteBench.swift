import ClienteleApp
import CustomerCore
import CustomerStore
import Foundation
import Mailing
import TerminalCore

/// `paste`: 1,000, 10,000 and 100,000 characters into a `TextField`, as one bracketed paste and
/// as keys typed one at a time with a frame drawn after each (a terminal without bracketed paste),
/// with time and work (the field's step counter) per character. The floor is the 1,000-character
/// run of the same kind, measured in the same run: linear work keeps the ratio per character near
/// 1× as the paste grows (quadratic would be 10× and 100×). Then the whole loop: 100,000
/// characters pasted into a new customer's memo through `AppRuntime` (update + frame), and the save.
struct PasteBench {
    static let sizes = [1_000, 10_000, 100_000]

    /// Visit notes as pasted from an email: accents, CJK and emoji among the ASCII, line breaks.
    static func text(_ count: Int) -> String {
        var characters: [Character] = []
        var number = 1
        while characters.count < count {
            characters += "Visit \(number): prefers Inès, 山田 on Tuesdays 🎉\r\n"
            number += 1
        }
        return String(characters.prefix(count))
    }

    enum Way: String, CaseIterable { case pasted = "one paste", typed = "typed, a frame per key" }

    /// Milliseconds and work steps to put `text` into a field 60 columns wide, then draw it.
    static func fill(_ text: String, _ way: Way) -> (milliseconds: Double, steps: Int) {
        var field = TextField(keepsLineBreaks: true)
        var buffer = ScreenBuffer(size: Size(width: 60, height: 1))
        let rect = Rect(x: 0, y: 0, width: 60, height: 1)
        let characters = Array(text)
        let milliseconds = Stopwatch.measure {
            switch way {
            case .pasted:
                _ = field.handle(.paste(text))
                field.draw(in: rect, on: &buffer, style: .plain)
            case .typed:
                for character in characters {
                    _ = field.handle(character.isNewline ? .character(" ") : .character(character))
                    field.draw(in: rect, on: &buffer, style: .plain)
                }
            }
        }
        return (milliseconds, field.work.steps)
    }

    func run() throws {
        print("clientele-bench paste: a TextField 60 columns wide; per character, beside the 1,000-character run")
        for way in Way.allCases {
            var floor: (nanoseconds: Double, steps: Double)?
            for count in Self.sizes {
                let text = Self.text(count)
                _ = Self.fill(Self.text(1_000), way)  // warm up
                let (milliseconds, steps) = Self.fill(text, way)
                let nanoseconds = milliseconds * 1_000_000 / Double(count), perCharacter = Double(steps) / Double(count)
                let base = floor ?? (nanoseconds, perCharacter)
                floor = base
                let name = "\(way.rawValue), \(count.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))) characters"
                print(name.padding(toLength: 44, withPad: " ", startingAt: 0)
                      + String(format: "%9.2f ms %8.0f ns/char %6.2f steps/char   ratio per char: time %5.2f× steps %5.2f×",
                               milliseconds, nanoseconds, perCharacter, nanoseconds / base.nanoseconds, perCharacter / base.steps))
            }
        }
        let segmentation = Stopwatch.measure { _ = Array(Self.text(100_000)) }
        Report.line("floor: Array(String) of 100,000 characters", segmentation, unit: "ms")
        try runApp()
    }

    /// The memo of a new customer, through the real loop on a `MemoryTerminal` and a temporary file.
    func runApp() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("clientele-bench-paste-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = ClienteleStore(database: try AppDatabase(path: path), region: "US")
        _ = try store.customers.create(Customer(givenName: "María", familyName: "Núñez", phoneNumber: "+1 415 555 0134"))
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30))
        let runtime = AppRuntime(store: store, terminal: terminal, theme: .builtInDefault, mailer: SendmailCommand())
        runtime.send(.started)
        runtime.handle(.key(.control("n")))  // the directory's "new customer" (KeyMap)
        for character in "Zoë" { runtime.handle(.key(.character(character))) }
        for _ in 0..<(CustomerForm.builtInOrder.firstIndex(of: .memo) ?? 0) { runtime.handle(.key(.tab)) }
        let text = Self.text(100_000)
        let pasted = Stopwatch.measure { runtime.handle(.key(.paste(text))) }
        Report.line("app: paste 100,000 into the memo (+ frame)", pasted, unit: "ms")
        let saved = Stopwatch.measure { runtime.handle(.key(.control("s"))) }
        Report.line("app: save the 10,000 kept (+ frame)", saved, unit: "ms")
        guard terminal.screenText.joined().contains("Added Zoë") else { throw PasteBenchError.notSaved(terminal.screenText.joined(separator: "\n")) }
    }

    enum PasteBenchError: Error { case notSaved(String) }
}
