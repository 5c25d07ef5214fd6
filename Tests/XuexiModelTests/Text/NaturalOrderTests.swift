import Testing

@testable import XuexiModel

/// Units in numeral order, people in pinyin order (issue #15: 第一, 第三, 第二… and 丁新, 丁明, 万宇).
@Suite("Model: natural order")
struct NaturalOrderTests {
    @Test func chineseNumeralsCompareByValue() {
        let names = ["第五党支部", "第十一党支部", "第三党支部", "第二党支部", "第十党支部", "第一党支部", "第四党支部"]
        #expect(
            names.sorted(by: NaturalOrder.units) == [
                "第一党支部", "第二党支部", "第三党支部", "第四党支部", "第五党支部", "第十党支部", "第十一党支部",
            ])
        #expect(NaturalOrder.units("第十二学习小组", "第二十学习小组"))
        #expect(NaturalOrder.units("第五学习小组", "第十二学习小组"))
        #expect(NaturalOrder.units("第九十九党支部", "第一百零五党支部"))
        #expect(NaturalOrder.units("第两百党支部", "第二百零一党支部"))
    }

    @Test func arabicDigitsCompareByValueWhateverTheirZeros() {
        let names = ["党支部00012", "党支部00005", "党支部9", "党支部00100"]
        #expect(names.sorted(by: NaturalOrder.units) == ["党支部00005", "党支部9", "党支部00012", "党支部00100"])
        #expect(NaturalOrder.units("5组", "005组") && !NaturalOrder.units("005组", "5组"))
        #expect(NaturalOrder.units("第２组", "第10组"))  // full-width digits too
    }

    @Test func arabicAndChineseNumeralsInterleave() {
        #expect(NaturalOrder.units("第3党支部", "第四党支部"))
        #expect(NaturalOrder.units("第四党支部", "第5党支部"))
    }

    @Test func wordsThatContainNumeralCharactersStayWords() {
        // 两新 and 万科 are names, not 2 and 10,000: they sort by pinyin among the other words.
        let names = ["万科社区", "两新组织党委", "安居社区", "田田社区党委"]
        #expect(names.sorted(by: NaturalOrder.units) == ["安居社区", "两新组织党委", "田田社区党委", "万科社区"])
    }

    @Test func textComparesByPinyinNotCodePoint() {
        // Code-point order would put 党 (U+515A) after 北 (U+5317)? No: 党 < 北 by code point; pinyin puts 北 first.
        #expect("党委" < "北区" && NaturalOrder.units("北区", "党委"))
        #expect(["西乡街道", "安乐街道", "宝城街道"].sorted(by: NaturalOrder.units) == ["安乐街道", "宝城街道", "西乡街道"])
    }

    @Test func peopleSortByPinyinCharacterByCharacter() {
        #expect(["丁新", "丁明", "万宇"].sorted(by: NaturalOrder.people) == ["丁明", "丁新", "万宇"])
        #expect(["张伟", "安娜", "赵敏", "李雷", "韩梅梅"].sorted(by: NaturalOrder.people) == ["安娜", "韩梅梅", "李雷", "张伟", "赵敏"])
    }

    @Test func homophonesStayTogetherInAFixedOrder() {
        // 张 and 章 both read zhang: all 张 come before all 章 whatever the given name.
        let names = ["章子怡", "张三", "章安", "张无忌"]
        #expect(names.sorted(by: NaturalOrder.people) == ["张三", "张无忌", "章安", "章子怡"])
    }

    @Test func surnamesReadAsSurnames() {
        // 单 reads shan as a surname (after 沙 sha, before 孙 sun), not dan (before 方 fang).
        #expect(["孙红", "单明", "方正", "沙丽"].sorted(by: NaturalOrder.people) == ["方正", "沙丽", "单明", "孙红"])
        // 曾 zeng after 袁 yuan; 解 xie after 夏 xia; 区 ou before 潘 pan.
        #expect(NaturalOrder.people("袁一", "曾二") && NaturalOrder.people("夏一", "解二"))
        #expect(NaturalOrder.people("区一", "潘二"))
        #expect(NaturalOrder.people("余一", "尉迟恭") && NaturalOrder.people("尉迟恭", "袁二"))
        #expect(NaturalOrder.people("马一", "万俟卨") && NaturalOrder.people("万俟卨", "潘二"))
        // Only a leading surname: 曾 inside a given name keeps its usual reading ceng.
        #expect(PinyinIndex.syllables(of: "王曾", personName: true) == ["wang", "ceng"])
    }

    @Test func differentNamesNeverCompareEqual() {
        let a = NaturalOrder.unitKey("第5组")
        let b = NaturalOrder.unitKey("第五组")
        #expect(a != b && (a < b) != (b < a))
        #expect(!(NaturalOrder.unitKey("第5组") < NaturalOrder.unitKey("第5组")))
    }

    @Test func latinLettersAndPinyinInterleave() {
        #expect(["王五", "Alice", "艾米", "bob"].sorted(by: NaturalOrder.people) == ["Alice", "艾米", "bob", "王五"])
    }
}

@Suite("Model: pinyin table")
struct PinyinIndexTests {
    @Test func mostFrequentReadingsWithoutTones() {
        #expect(PinyinIndex.pinyin(of: "田田社区党委") == "tiantianshequdangwei")
        #expect(PinyinIndex.pinyin(of: "绿化") == "lvhua")
        #expect(PinyinIndex.pinyin(of: "单位") == "danwei")
        #expect(PinyinIndex.pinyin(of: "单明", personName: true) == "shanming")
        #expect(PinyinIndex.pinyin(of: "第3组") == "di3zu")
    }

    @Test func theTableCoversTheWholeBlock() {
        #expect(PinyinTable.indices.count == Int(PinyinTable.last - PinyinTable.first) + 1)
        #expect(PinyinIndex.syllable(of: Unicode.Scalar(0x4E00)!) == "yi")
        #expect(PinyinIndex.syllable(of: Unicode.Scalar(0x9FA5)!) == "yu")  // 龥
        #expect(PinyinIndex.syllable(of: Character("a")) == nil)
        #expect(PinyinIndex.syllable(of: Character("ㄅ")) == nil)
    }
}
