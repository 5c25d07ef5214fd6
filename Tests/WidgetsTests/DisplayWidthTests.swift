import Testing

@testable import Widgets

@Suite("Display width table")
struct DisplayWidthTests {
    @Test("ASCII letters are one column, controls none")
    func ascii() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("a\tb\n") == 2)
        #expect(DisplayWidth.of(scalar: "\u{7F}") == 0)
    }

    @Test(
        "CJK ideographs, kana, Hangul and fullwidth forms are two columns",
        arguments: [
            "中", "学", "习", "强", "国", "〇", "あ", "カ", "한", "Ａ", "，", "（", "㐀", "𠀀", "가", "힣",
        ])
    func wide(character: String) {
        #expect(DisplayWidth.of(character) == 2)
    }

    @Test(
        "Latin, Greek, Cyrillic, box drawing, blocks, braille and punctuation are one column",
        arguments: [
            "é", "ß", "Ω", "Ж", "─", "│", "█", "▁", "░", "⣿", "…", "·", "–", "€", "▲", "●",
        ])
    func narrow(character: String) {
        #expect(DisplayWidth.of(character) == 1)
    }

    @Test("Combining marks and joiners take no column of their own")
    func zeroWidth() {
        #expect(DisplayWidth.of(scalar: "\u{0301}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{200D}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{FE0F}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{1160}") == 0)
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("cafe\u{0301}") == 4)
    }

    @Test("Emoji: presentation emoji, VS16, ZWJ sequences and flags are two columns")
    func emoji() {
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇨🇳") == 2)
        #expect(DisplayWidth.of("❤") == 1)
    }

    @Test("Hangul jamo sequences form one two-column syllable")
    func hangulJamo() {
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)
    }

    @Test("Mixed text adds up")
    func mixed() {
        #expect(DisplayWidth.of("学习强国 Xuexi") == 14)
        #expect(DisplayWidth.of("阿卜杜热合曼·买买提") == 19)
        #expect(DisplayWidth.of("第二党支部（财务与审计）") == 24)
    }

    @Test("The fast scalar path and the grapheme path agree")
    func fastPathAgreesWithGraphemePath() {
        let samples = ["学习强国 · 2024-11-30", "├─▾ 机关党委", "カタカナ ひらがな 한국어", "（全角）ＡＢＣ", "⣿⣀ ▁▂▃ █", "Ωμέγα"]
        for sample in samples {
            let byCharacter = sample.reduce(0) { $0 + DisplayWidth.of(character: $1) }
            #expect(DisplayWidth.of(sample) == byCharacter, "\(sample)")
        }
    }

    @Test("Truncation ends in … and never splits a wide character")
    func truncation() {
        #expect(DisplayWidth.truncate("学习强国", to: 8) == "学习强国")
        #expect(DisplayWidth.truncate("学习强国", to: 7) == "学习强…")
        #expect(DisplayWidth.truncate("学习强国", to: 6) == "学习…")
        #expect(DisplayWidth.truncate("学习强国", to: 2) == "…")
        #expect(DisplayWidth.truncate("学习强国", to: 1) == "…")
        #expect(DisplayWidth.truncate("学习强国", to: 0) == "")
        #expect(DisplayWidth.truncate("Organization", to: 5) == "Orga…")
        #expect(DisplayWidth.truncate("cafe\u{0301} au lait", to: 5) == "cafe\u{0301}…")
        #expect(DisplayWidth.truncate("abc", to: 2, ellipsis: "...") == "..")
    }

    @Test("Truncated text is never wider than asked, for every width", arguments: 0...20)
    func truncationWidth(width: Int) {
        let text = "欧阳建国 Ouyang 第二党支部（财务与审计）"
        #expect(DisplayWidth.of(DisplayWidth.truncate(text, to: width)) <= width)
        #expect(DisplayWidth.of(DisplayWidth.fit(text, to: width)) == width)
    }

    @Test("fit pads to exactly the width in each alignment")
    func fit() {
        #expect(DisplayWidth.fit("中文", to: 7) == "中文   ")
        #expect(DisplayWidth.fit("中文", to: 7, alignment: .right) == "   中文")
        #expect(DisplayWidth.fit("中文", to: 7, alignment: .center) == " 中文  ")
        #expect(DisplayWidth.fit("中文字", to: 5) == "中文…")
        #expect(DisplayWidth.fit("中文字", to: 4) == "中… ")
    }

    @Test("Graphemes keep their UTF-8 and compare by value")
    func graphemeStorage() {
        for text in ["a", " ", "中", "é", "e\u{0301}", "👍🏽", "⣿", "𠀀"] {
            #expect(Grapheme(text).string == text)
        }
        #expect(Grapheme("中") == Grapheme(scalar: "中"))
        #expect(Grapheme(asciiByte: 0x41) == Grapheme("A"))
        #expect(Grapheme.empty.string == "")
        #expect(Grapheme("👨‍👩‍👧‍👦").string == "\u{FFFD}")
    }
}
