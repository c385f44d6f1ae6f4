import Testing
@testable import TerminalCore

/// NO_COLOR drops colours and keeps where you are visible (issue 12, point 10).
@Suite struct NoColorThemeTests {
    static let themes = #filePath.components(separatedBy: "/Tests/")[0] + "/Themes"

    @Test func everyThemeWithoutColoursReversesItsHighlights() throws {
        for name in Theme.shippedNames {
            let theme = try Theme.load(named: name, searchPaths: [Self.themes], environment: ["NO_COLOR": "1"])
            for role in [ThemeRole.selection, .selectionUnfocused, .inputFocused, .tabActive] {
                #expect(theme[role].reverse, "\(name): \(role)")
            }
            #expect(!theme[.text].reverse && !theme[.input].reverse, "\(name)")
            for role in ThemeRole.allCases {
                #expect(theme[role].foreground == .default && theme[role].background == .default, "\(name): \(role)")
            }
        }
        let monochrome = try Theme.load(named: "monochrome", searchPaths: [Self.themes], environment: [:])
        let plain = try Theme.load(named: "default", searchPaths: [Self.themes], environment: ["NO_COLOR": "1"])
        #expect(plain[.selection] == monochrome[.selection])
        #expect(plain[.inputFocused].reverse == monochrome[.inputFocused].reverse)
    }
}
