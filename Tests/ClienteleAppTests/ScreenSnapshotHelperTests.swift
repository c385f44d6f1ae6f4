import ClienteleTestSupport
import Testing

/// The snapshot helper itself: what it compares and how it says a difference.
@Suite struct ScreenSnapshotHelperTests {
    @Test func trailingSpacesAreTrimmedAndReplacementsMade() throws {
        let lines = try ScreenSnapshot.normalised(["│ /tmp/x1/a.csv  │   ", "  ", "Imported in 0.3 s."],
                                                  replacing: [.text("/tmp/x1", with: "/tmp/XX"), .pattern(#"\d+\.\d s"#, with: "#.# s")])
        #expect(lines == ["│ /tmp/XX/a.csv  │", "", "Imported in #.# s."])
    }

    @Test func aBadPatternIsAnErrorNotASilentPass() {
        #expect(throws: (any Error).self) { try ScreenSnapshot.normalised(["x"], replacing: [.pattern("(", with: "")]) }
    }

    @Test func equalScreensHaveNoDifference() {
        #expect(ScreenSnapshot.difference(expected: ["a", "b"], actual: ["a", "b"]) == nil)
    }

    @Test func aDifferenceNamesTheLineAndPointsAtTheColumn() throws {
        let report = try #require(ScreenSnapshot.difference(expected: ["same", "│ Núñez 09 │"], actual: ["same", "│ Núñez 10 │"]))
        #expect(report.hasPrefix("1 of 2 lines differ:"))
        #expect(report.contains("line 2:\n  expected: |│ Núñez 09 │|\n  actual:   |│ Núñez 10 │|"))
        #expect(report.contains("^ column 9"))
    }

    @Test func aMissingOrExtraLineIsSaid() throws {
        let report = try #require(ScreenSnapshot.difference(expected: ["a"], actual: ["a", "b"]))
        #expect(report.contains("expected 1 lines, got 2"))
        #expect(report.contains("  expected: (no line)"))
    }
}
