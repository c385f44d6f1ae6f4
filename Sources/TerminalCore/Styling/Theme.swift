import Foundation

/// The roles colours are chosen by; views ask for a role, never a colour.
public enum ThemeRole: String, CaseIterable, Sendable {
    case text, muted, title, header, border, focusedBorder, selection, selectionUnfocused
    case alert, error, success, accent, statusBar, statusKey, tabActive, tabInactive
    case input, inputFocused, placeholder
    /// Values two profiles share (the reason they are suggested as duplicates).
    case match
}

/// Colours by role, loaded from a file in `Themes/` (PRODUCT §10). With `NO_COLOR` set, colours
/// are dropped and only attributes (bold, reverse, underline) remain, so selection stays visible.
public struct Theme: Hashable, Sendable {
    public let name: String
    public private(set) var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// Roles that say where you are: the selected row, the focused field, the active tab. Every
    /// shipped theme marks them with a background colour alone, which `NO_COLOR` takes away.
    public static let highlightRoles: [ThemeRole] = [.selection, .selectionUnfocused, .inputFocused, .tabActive]

    /// The same theme without colours. The highlight roles become reverse video (as the monochrome
    /// theme draws them), so the selected row and the focused field stay unmistakable.
    public var withoutColors: Theme {
        var plain = styles.mapValues(\.withoutColors)
        for role in Self.highlightRoles { plain[role, default: .plain].reverse = true }
        return Theme(name: name, styles: plain)
    }

    /// A problem in a theme file, naming the file and line.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// Parses `role = fg on bg, bold, underline` lines; `#` starts a comment. Roles not named keep
    /// the built-in default's style.
    public static func parse(_ text: String, name: String, file: String) throws(ParseError) -> Theme {
        var theme = Theme.builtInDefault
        theme = Theme(name: name, styles: theme.styles)
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? ""
            if line.isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { throw ParseError(file: file, line: number + 1, message: "expected “role = colours”") }
            guard let role = ThemeRole(rawValue: parts[0]) else {
                throw ParseError(file: file, line: number + 1, message: "unknown role “\(parts[0])” (known: \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            var style = Style()
            let items = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            for (index, item) in items.enumerated() {
                switch item {
                case "bold": style.bold = true
                case "underline": style.underline = true
                case "reverse": style.reverse = true
                case "dim": style.dim = true
                case "italic": style.italic = true
                case "plain": break
                default:
                    guard index == 0 else { throw ParseError(file: file, line: number + 1, message: "unknown attribute “\(item)”") }
                    let colours = item.components(separatedBy: " on ").map { $0.trimmingCharacters(in: .whitespaces) }
                    guard let fg = Color(name: colours[0]) else { throw ParseError(file: file, line: number + 1, message: "unknown colour “\(colours[0])”") }
                    style.foreground = fg
                    if colours.count > 1 {
                        guard let bg = Color(name: colours[1]) else { throw ParseError(file: file, line: number + 1, message: "unknown colour “\(colours[1])”") }
                        style.background = bg
                    }
                }
            }
            theme.styles[role] = style
        }
        return theme
    }

    /// Names of the themes shipped in `Themes/`.
    public static let shippedNames = ["default", "high-contrast", "dark", "monochrome"]

    /// Loads a theme: a path to a file (the argument contains "/" or ends in ".theme"), else
    /// `NAME.theme` from the first search path that has it; the built-in default when the name is
    /// "default" and no file is found (so a moved binary still works).
    public static func load(named name: String, searchPaths: [String], environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Theme {
        var theme: Theme?
        if ThemeLookup.isPath(name) {
            guard let text = try? String(contentsOfFile: name, encoding: .utf8) else {
                throw ThemeLookup.NotFound(requested: name, isPath: true, choices: ThemeLookup.availableNames(in: searchPaths))
            }
            let themeName = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
            theme = try parse(text, name: themeName, file: name)
        }
        for directory in searchPaths where theme == nil {
            let path = (directory as NSString).appendingPathComponent("\(name).theme")
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                theme = try parse(text, name: name, file: path)
            }
        }
        if theme == nil {
            guard name == "default" else {
                throw ThemeLookup.NotFound(requested: name, isPath: false, choices: ThemeLookup.availableNames(in: searchPaths))
            }
            theme = builtInDefault
        }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return theme!.withoutColors }
        return theme!
    }

    /// Identical to `Themes/default.theme`.
    public static let builtInDefault = Theme(name: "default", styles: [
        .text: Style(),
        .muted: Style(foreground: .brightBlack),
        .title: Style(bold: true),
        .header: Style(foreground: .cyan, bold: true),
        .border: Style(foreground: .brightBlack),
        .focusedBorder: Style(foreground: .cyan, bold: true),
        .selection: Style(foreground: .black, background: .cyan, bold: true, reverse: false),
        .selectionUnfocused: Style(reverse: true),
        .alert: Style(foreground: .yellow, bold: true),
        .error: Style(foreground: .red, bold: true),
        .success: Style(foreground: .green),
        .accent: Style(foreground: .magenta, bold: true),
        .statusBar: Style(reverse: true),
        .statusKey: Style(bold: true, reverse: true),
        .tabActive: Style(foreground: .black, background: .cyan, bold: true),
        .tabInactive: Style(foreground: .brightBlack),
        .input: Style(underline: true),
        .inputFocused: Style(foreground: .black, background: .white, underline: false),
        .placeholder: Style(foreground: .brightBlack, italic: true),
        .match: Style(foreground: .black, background: .yellow),
    ])
}
