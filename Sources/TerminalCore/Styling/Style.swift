import Foundation

/// A terminal colour: the terminal's own default, one of the 16 ANSI colours, or a 256-colour index.
public enum Color: Hashable, Sendable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
    case indexed(UInt8)

    /// The colour's number in the 256-colour palette; -1 for the terminal default.
    public var paletteIndex: Int {
        switch self {
        case .default: -1
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .brightBlack: 8
        case .brightRed: 9
        case .brightGreen: 10
        case .brightYellow: 11
        case .brightBlue: 12
        case .brightMagenta: 13
        case .brightCyan: 14
        case .brightWhite: 15
        case .indexed(let n): Int(n)
        }
    }

    /// Parses a theme file's colour word: "cyan", "bright-red", "default", "208".
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        let names: [String: Color] = [
            "default": .default, "black": .black, "red": .red, "green": .green, "yellow": .yellow, "blue": .blue,
            "magenta": .magenta, "cyan": .cyan, "white": .white, "bright-black": .brightBlack, "grey": .brightBlack,
            "gray": .brightBlack, "bright-red": .brightRed, "bright-green": .brightGreen, "bright-yellow": .brightYellow,
            "bright-blue": .brightBlue, "bright-magenta": .brightMagenta, "bright-cyan": .brightCyan, "bright-white": .brightWhite,
        ]
        if let color = names[key] { self = color } else if let n = UInt8(key) { self = .indexed(n) } else { return nil }
    }
}

/// How a cell looks: colours and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
    public var italic: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false, underline: Bool = false,
                reverse: Bool = false, dim: Bool = false, italic: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
    }

    public static let plain = Style()

    /// The same attributes without colours (for `NO_COLOR` and monochrome terminals).
    public var withoutColors: Style {
        Style(bold: bold, underline: underline, reverse: reverse, dim: dim, italic: italic)
    }
}
