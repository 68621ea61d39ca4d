import { chineseDate, letterDate } from "../../../src/core/letters/chineseDate";
import { addressee } from "../../../src/core/letters/addressee";

test.each([
  ["2026-11-27", "2026年11月27日"],
  ["2027-01-01", "2027年1月1日"],
  ["2024-02-29", "2024年2月29日"],
  ["2030-10-09", "2030年10月9日"],
])("%s is written %s", (iso, written) => {
  expect(chineseDate(iso)).toBe(written);
  expect(letterDate(iso, "zh-CN")).toBe(written);
});

test("in English: month name, day, year", () => {
  expect(letterDate("2026-11-27", "en-US")).toBe("November 27, 2026");
  expect(letterDate("2027-01-01", "en-US")).toBe("January 1, 2027");
});

describe("the addressee is the partner's government", () => {
  test.each([
    ["上海市黄浦区", "上海市黄浦区人民政府"],
    ["延边朝鲜族自治州", "延边朝鲜族自治州人民政府"],
    ["嘉兴市", "嘉兴市人民政府"],
    [" 福州市鼓楼区 ", "福州市鼓楼区人民政府"],
    ["阿里地区", "阿里地区行政公署"],
    ["阿拉善盟", "阿拉善盟行政公署"],
    ["上海市黄浦区人民政府", "上海市黄浦区人民政府"],
  ])("%j → %s", (partner, expected) => {
    expect(addressee(partner, "zh-CN")).toBe(expected);
  });

  test("in English", () => {
    expect(addressee("上海市黄浦区", "en-US")).toBe("People's Government of 上海市黄浦区");
  });
});
