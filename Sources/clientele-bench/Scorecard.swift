import Foundation

/// The figures that have a goal, gathered while the suites run and printed as one table at the
/// end of the run (`clientele-bench all` prints it for every suite at once): figure, ours, floor,
/// ratio, goal, met or not. A goal is a line of the table, never an exit status (DESIGN §6).
enum Scorecard {
    struct Entry {
        let figure: String
        let ours: Double
        let floor: Double?
        let unit: String
        let goal: String
        let met: Bool
    }

    /// The bench is one thread of control: suites run one after another, each recording here.
    nonisolated(unsafe) static var entries: [Entry] = []

    /// Records a figure and its goal, and prints the goal under the figure's own line.
    static func record(_ figure: String, _ ours: Double, unit: String, floor: Double? = nil, goal: String, met: Bool) {
        entries.append(Entry(figure: figure, ours: ours, floor: floor, unit: unit, goal: goal, met: met))
        print("  goal \(goal): \(met ? "met" : "MISSED")")
    }

    /// A ratio goal: `ours` at most `most` times `floor`.
    static func ratio(_ figure: String, _ ours: Double, unit: String, floor: Double, atMost most: Double, also: (text: String, met: Bool)? = nil) {
        let ratio = ours / floor
        var goal = String(format: "≤ %.1f× floor", most)
        var met = floor > 0 && ratio <= most
        if let also { goal += ", " + also.text; met = met && also.met }
        record(figure, ours, unit: unit, floor: floor, goal: goal, met: met)
    }

    /// A ceiling goal: `ours` at most `most` (in `unit`).
    static func ceiling(_ figure: String, _ ours: Double, unit: String, floor: Double? = nil, atMost most: Double) {
        record(figure, ours, unit: unit, floor: floor, goal: String(format: "≤ %g %@", most, unit), met: ours <= most)
    }

    /// The table, aligned by display columns (every cell is ASCII but the × and ≤ signs, one column each).
    static func printTable(title: String) {
        guard !entries.isEmpty else { return }
        print("")
        print(title)
        let header = ["figure", "ours", "floor", "ratio", "goal", "met"]
        var rows = [header]
        for entry in entries {
            let ours = Self.number(entry.ours) + " " + entry.unit
            let floor = entry.floor.map { Self.number($0) + " " + entry.unit } ?? "—"
            let ratio = entry.floor.flatMap { $0 > 0 ? String(format: "%.2f×", entry.ours / $0) : nil } ?? "—"
            rows.append([entry.figure, ours, floor, ratio, entry.goal, entry.met ? "met" : "MISSED"])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        for row in rows {
            let cells = row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return index == 1 || index == 2 || index == 3 ? pad + cell : cell + pad
            }
            print(cells.joined(separator: "  "))
        }
        let met = entries.filter(\.met).count
        print("\(met) of \(entries.count) goals met")
    }

    static func number(_ value: Double) -> String {
        if value >= 1000 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.3f", value)
    }
}
