import ClienteleTestSupport
import Foundation
import Testing
import TerminalCore
@testable import ClienteleApp

/// With NO_COLOR the selected row and the focused field stay unmistakable: reverse video, as the
/// monochrome theme draws them (issue 12, point 10).
@Suite struct NoColorJourneyTests {
    static let themes = #filePath.components(separatedBy: "/Tests/")[0] + "/Themes"

    @Test(arguments: Theme.shippedNames) func theSelectedRowAndTheFocusedFieldAreReversed(name: String) throws {
        let theme = try Theme.load(named: name, searchPaths: [Self.themes], environment: ["NO_COLOR": "1"])
        let app = try AppDriver(size: Size(width: 100, height: 30), theme: theme) { store in
            _ = try store.customers.create(Fixtures.maria())
            _ = try store.customers.create(Fixtures.jose())
        }
        let buffer = try #require(app.terminal.lastBuffer)
        let selected = try #require(app.row(containing: "José García"))
        let other = try #require(app.row(containing: "María Núñez"))
        let column = try #require(app.lines[selected].range(of: "José").map { app.lines[selected].distance(from: app.lines[selected].startIndex, to: $0.lowerBound) })
        #expect(buffer.styleAt(Point(x: column, y: selected)).reverse, "the selected row")
        #expect(!buffer.styleAt(Point(x: column, y: other)).reverse, "another row")

        app.press(.character("n"))
        let form = try #require(app.terminal.lastBuffer)
        let caret = try #require(app.terminal.cursor)
        #expect(form.styleAt(caret).reverse, "the focused field")
        #expect(!form.styleAt(Point(x: caret.x, y: caret.y + 1)).reverse, "the field under it")
        #expect(form.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
    }
}
