/// A grid of braille dots, 2 wide and 4 tall per cell, for drawing lines at eight times
/// the resolution of the character grid.
struct BrailleCanvas {
    let columns: Int
    let rows: Int
    private(set) var dots: [UInt8]
    /// Index into the chart's series of the last line drawn through each cell (-1: none).
    private(set) var owners: [Int]

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        dots = Array(repeating: 0, count: columns * rows)
        owners = Array(repeating: -1, count: columns * rows)
    }

    var dotWidth: Int { columns * 2 }
    var dotHeight: Int { rows * 4 }

    // Unicode braille numbers dots column by column, with the bottom row added last.
    private static let bits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    mutating func set(dotX: Int, dotY: Int, owner: Int) {
        guard dotX >= 0, dotY >= 0, dotX < dotWidth, dotY < dotHeight else { return }
        let index = (dotY / 4) * columns + dotX / 2
        dots[index] |= BrailleCanvas.bits[dotY % 4][dotX % 2]
        owners[index] = owner
    }

    /// Bresenham's line between two dots.
    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), owner: Int) {
        var x = start.x
        var y = start.y
        let deltaX = abs(end.x - start.x)
        let deltaY = -abs(end.y - start.y)
        let stepX = start.x < end.x ? 1 : -1
        let stepY = start.y < end.y ? 1 : -1
        var error = deltaX + deltaY
        while true {
            set(dotX: x, dotY: y, owner: owner)
            if x == end.x && y == end.y { break }
            let doubled = 2 * error
            if doubled >= deltaY {
                error += deltaY
                x += stepX
            }
            if doubled <= deltaX {
                error += deltaX
                y += stepY
            }
        }
    }

    /// Joins two dots left to right the way btop's graphs do: every dot column between them
    /// is filled vertically from the previous column's height to its own, so steep rises stay
    /// one unbroken stroke instead of Bresenham's diagonal of loose dots.
    mutating func connect(from start: (x: Int, y: Int), to end: (x: Int, y: Int), owner: Int) {
        guard end.x > start.x else {
            vertical(x: start.x, from: start.y, to: end.y, owner: owner)
            return
        }
        var lastY = start.y
        for x in start.x...end.x {
            let fraction = Double(x - start.x) / Double(end.x - start.x)
            let y = Int((Double(start.y) + fraction * Double(end.y - start.y)).rounded())
            vertical(x: x, from: lastY, to: y, owner: owner)
            lastY = y
        }
    }

    private mutating func vertical(x: Int, from startY: Int, to endY: Int, owner: Int) {
        for y in min(startY, endY)...max(startY, endY) { set(dotX: x, dotY: y, owner: owner) }
    }

    func symbol(column: Int, row: Int) -> String? {
        let pattern = dots[row * columns + column]
        guard pattern != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(pattern)) else { return nil }
        return String(Character(scalar))
    }

    func owner(column: Int, row: Int) -> Int { owners[row * columns + column] }
}
