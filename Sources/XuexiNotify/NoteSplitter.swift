import Foundation

/// One section's share of a part.
public struct PartBlock: Sendable, Equatable {
    public var heading: String?
    public var tone: NoteTone
    /// True when the section began in an earlier part: its heading is repeated with a "continued" label so
    /// that a reader who sees only this part still knows what the lines are.
    public var continued: Bool
    public var lines: [String]

    public init(heading: String?, tone: NoteTone = .plain, continued: Bool = false, lines: [String]) {
        self.heading = heading
        self.tone = tone
        self.continued = continued
        self.lines = lines
    }
}

/// What one message carries before it becomes a platform body.
public struct NotePart: Sendable, Equatable {
    public var title: String
    /// 1-based; `count` is 1 when the note fits in one message, and then no marker is shown.
    public var index: Int
    public var count: Int
    public var blocks: [PartBlock]
    public var mentionMobiles: [String]

    public init(title: String, index: Int, count: Int, blocks: [PartBlock], mentionMobiles: [String] = []) {
        self.title = title
        self.index = index
        self.count = count
        self.blocks = blocks
        self.mentionMobiles = mentionMobiles
    }

    /// The title with its "（1/3）" marker when the note was split.
    public func displayTitle(_ language: NotifyLanguage) -> String {
        count > 1 ? title + Labels.partMarker(index, of: count, language) : title
    }

    public func heading(of block: PartBlock, _ language: NotifyLanguage) -> String? {
        guard let heading = block.heading else { return nil }
        return block.continued ? heading + Labels.continued(language) : heading
    }
}

/// Splits a note into parts that each pass the platform's size check. Sections stay whole where they can;
/// a section too big for any part is split between lines; a line is never cut.
enum NoteSplitter {
    typealias Fits = (NotePart) -> Bool

    static func split(_ note: NoteDocument, language: NotifyLanguage, fits: Fits) throws -> [NotePart] {
        let whole = NotePart(
            title: note.title, index: 1, count: 1, blocks: note.sections.map(block(of:)),
            mentionMobiles: note.mentionMobiles)
        if fits(whole) { return [whole] }
        // The marker's width depends on how many parts there are, which is known only after splitting: pack
        // with the widest marker of a digit count ("（9/9）", then "（99/99）"), and widen if the count outgrew it.
        var widest = 9
        while true {
            let packed = try pack(note, widest: widest, fits: fits)
            if packed.count <= widest {
                return packed.enumerated().map { offset, blocks in
                    NotePart(
                        title: note.title, index: offset + 1, count: packed.count, blocks: blocks,
                        mentionMobiles: offset == packed.count - 1 ? note.mentionMobiles : [])
                }
            }
            widest = widest * 10 + 9
        }
    }

    private static func block(of section: NoteSection) -> PartBlock {
        PartBlock(heading: section.heading, tone: section.tone, lines: section.lines)
    }

    /// Greedy packing. Every candidate is measured with the widest marker and with the mentions, which only
    /// the last part will carry: over-reserving a few bytes per part is cheaper than a second pass.
    private static func pack(_ note: NoteDocument, widest: Int, fits: Fits) throws -> [[PartBlock]] {
        func probe(_ blocks: [PartBlock]) -> Bool {
            fits(
                NotePart(
                    title: note.title, index: widest, count: widest, blocks: blocks,
                    mentionMobiles: note.mentionMobiles))
        }
        var parts: [[PartBlock]] = []
        var current: [PartBlock] = []
        for section in note.sections {
            let whole = block(of: section)
            if probe(current + [whole]) {
                current.append(whole)
                continue
            }
            if !current.isEmpty {
                parts.append(current)
                current = []
            }
            if probe([whole]) {
                current = [whole]
                continue
            }
            var piece = PartBlock(heading: section.heading, tone: section.tone, lines: [])
            guard probe([piece]) else { throw NotifyError.lineTooLong(String(section.heading ?? note.title)) }
            for line in section.lines {
                var longer = piece
                longer.lines.append(line)
                if probe([longer]) {
                    piece = longer
                    continue
                }
                // Not even the heading and this one line fit: no split can help, and cutting the line could
                // break a name or a figure in two.
                let restart = PartBlock(heading: section.heading, tone: section.tone, continued: true, lines: [line])
                guard !piece.lines.isEmpty, probe([restart]) else { throw NotifyError.lineTooLong(line) }
                parts.append([piece])
                piece = restart
            }
            current = [piece]
        }
        if !current.isEmpty || parts.isEmpty { parts.append(current) }
        return parts
    }
}
