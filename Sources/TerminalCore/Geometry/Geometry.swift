/// A cell position: column `x`, row `y`, from the top-left corner.
public struct Point: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) { self.x = x; self.y = y }
}

/// A size in cells.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) { self.width = max(0, width); self.height = max(0, height) }
}

/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    /// The rectangle shrunk by `amount` cells on every side.
    public func inset(by amount: Int) -> Rect { inset(horizontal: amount, vertical: amount) }

    public func inset(horizontal: Int, vertical: Int) -> Rect {
        Rect(x: x + horizontal, y: y + vertical, width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// The part of both rectangles.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        return Rect(x: left, y: top, width: min(maxX, other.maxX) - left, height: min(maxY, other.maxY) - top)
    }

    /// A `width`×`height` rectangle centred in `container` (clipped to it).
    public static func centered(width: Int, height: Int, in container: Rect) -> Rect {
        let w = min(width, container.width), h = min(height, container.height)
        return Rect(x: container.x + (container.width - w) / 2, y: container.y + (container.height - h) / 2, width: w, height: h)
    }

    /// One row of the rectangle (relative index), or an empty rect past the bottom.
    public func row(_ index: Int) -> Rect {
        index < height ? Rect(x: x, y: y + index, width: width, height: 1) : Rect(x: x, y: maxY, width: width, height: 0)
    }
}

/// How a split gives space to each part.
public enum Constraint: Hashable, Sendable {
    case fixed(Int)
    case percent(Int)
    /// At least this much; shares what is left with `.fill`.
    case min(Int)
    case fill
}

/// Splits rectangles by constraints (ratatui's Layout, simplified): fixed and percent parts
/// first, then `min` and `fill` parts share the rest equally; never more than the space there is.
public enum Layout {
    public static func horizontal(_ rect: Rect, _ constraints: [Constraint]) -> [Rect] {
        sizes(total: rect.width, constraints).reduce(into: (rects: [Rect](), offset: rect.x)) { result, size in
            result.rects.append(Rect(x: result.offset, y: rect.y, width: size, height: rect.height))
            result.offset += size
        }.rects
    }

    public static func vertical(_ rect: Rect, _ constraints: [Constraint]) -> [Rect] {
        sizes(total: rect.height, constraints).reduce(into: (rects: [Rect](), offset: rect.y)) { result, size in
            result.rects.append(Rect(x: rect.x, y: result.offset, width: rect.width, height: size))
            result.offset += size
        }.rects
    }

    static func sizes(total: Int, _ constraints: [Constraint]) -> [Int] {
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed(let n): max(0, n)
            case .percent(let p): total * max(0, min(100, p)) / 100
            case .min(let n): max(0, n)
            case .fill: 0
            }
        }
        var remaining = total - sizes.reduce(0, +)
        let flexible = constraints.indices.filter { if case .fill = constraints[$0] { return true }; if case .min = constraints[$0] { return true }; return false }
        if remaining > 0, !flexible.isEmpty {
            let share = remaining / flexible.count
            for (n, index) in flexible.enumerated() {
                let extra = share + (n < remaining - share * flexible.count ? 1 : 0)
                sizes[index] += extra
            }
            remaining = 0
        }
        // Too little space: take it back from the end so nothing draws outside.
        var overflow = sizes.reduce(0, +) - total
        var index = sizes.count - 1
        while overflow > 0, index >= 0 {
            let cut = min(overflow, sizes[index])
            sizes[index] -= cut
            overflow -= cut
            index -= 1
        }
        return sizes
    }
}
