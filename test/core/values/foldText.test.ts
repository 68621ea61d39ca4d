import { foldText } from "../../../src/core/text/foldText";

describe("foldText", () => {
  test.each([
    ["full-width letters and digits", "ＡＢＣ１２３", "ABC123"],
    ["full-width brackets", "友好城市（区）", "友好城市(区)"],
    ["ASCII spaces inside a name", "上海市 黄浦区", "上海市黄浦区"],
    ["full-width space U+3000", "上海市\u3000黄浦区", "上海市黄浦区"],
    ["line break from Alt+Enter and tabs", "签署\n日期\t", "签署日期"],
    ["CR LF", "签署\r\n日期", "签署日期"],
    ["zero-width space, joiners and BOM", "\uFEFF签\u200B署\u200C日\u200D期", "签署日期"],
    ["spaces around and between every character", " 签 署 日 期 ", "签署日期"],
    ["already folded text is unchanged", "西城区", "西城区"],
    ["empty string", "", ""],
  ])("%s", (_what, input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});
