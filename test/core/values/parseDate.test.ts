import { type DateValue, parseDate } from "../../../src/core/values/parseDate";
import type { CellValue } from "../../../src/core/workbook";

const date = (d: string): DateValue => ({ kind: "date", date: d });
const invalid = (text: string): DateValue => ({ kind: "invalid", text });
const BLANK: DateValue = { kind: "blank" };

describe("parseDate: blank cells", () => {
  test.each<[string, CellValue]>([
    ["null", null],
    ["empty string", ""],
    ["spaces", "   "],
    ["full-width spaces", "\u3000\u3000"],
    ["line break and tab", "\n\t"],
    ["zero-width space", "\u200B"],
  ])("%s is blank", (_what, value) => {
    expect(parseDate(value)).toEqual(BLANK);
  });
});

describe("parseDate: text dates", () => {
  test.each<[string, string]>([
    // hyphens
    ["2016-04-18", "2016-04-18"],
    ["2016-4-8", "2016-04-08"],
    ["2016 - 4 - 18", "2016-04-18"],
    ["２０１６－０４－１８", "2016-04-18"],
    // slashes
    ["2016/4/18", "2016-04-18"],
    ["2016/04/08", "2016-04-08"],
    ["　2016/4/18　", "2016-04-18"],
    ["２０１６／４／１８", "2016-04-18"],
    // dots
    ["2016.4.18", "2016-04-18"],
    ["2016. 4. 18", "2016-04-18"],
    ["２０１６．４．１８", "2016-04-18"],
    // 年月日
    ["2016年4月18日", "2016-04-18"],
    ["2016年04月08日", "2016-04-08"],
    ["2016 年 4 月 18 日", "2016-04-18"],
    ["２０１６年４月１８日", "2016-04-18"],
    ["2016年4月18号", "2016-04-18"],
    ["2016年4月18", "2016-04-18"],
    ["2016\u3000年\u30004\u3000月\u300018\u3000日", "2016-04-18"],
    // Chinese numerals
    ["二〇一六年四月十八日", "2016-04-18"],
    ["二〇二三年三月五日", "2023-03-05"],
    ["二零二三年三月五日", "2023-03-05"],
    ["二○二三年三月五日", "2023-03-05"],
    ["二Ｏ二三年三月五日", "2023-03-05"],
    ["二〇二〇年二月二十九日", "2020-02-29"],
    ["二〇二三年十二月三十一日", "2023-12-31"],
    ["二〇二三年十月十日", "2023-10-10"],
    ["二〇二三年十一月二十日", "2023-11-20"],
    ["二 〇 一 六 年 四 月 十 八 日", "2016-04-18"],
    // ISO with a time, and Excel's display of a date with a time
    ["2016-04-18T00:00:00", "2016-04-18"],
    ["2016-04-18T23:59:59.999Z", "2016-04-18"],
    ["2016-04-18T08:30:00+08:00", "2016-04-18"],
    ["2016-04-18 08:30", "2016-04-18"],
    ["2016-4-1 08:30", "2016-04-01"],
    ["2016/4/18 8:30:15", "2016-04-18"],
    // eight digits
    ["20160418", "2016-04-18"],
    ["２０１６０４１８", "2016-04-18"],
    // a real leap day
    ["2020-02-29", "2020-02-29"],
    ["2000/2/29", "2000-02-29"],
    // real dates far from today are dates, not bare years
    ["1899-12-31", "1899-12-31"],
    ["1850年1月1日", "1850-01-01"],
    ["2150/6/30", "2150-06-30"],
  ])("%p → %p", (text, expected) => {
    expect(parseDate(text)).toEqual(date(expected));
  });
});

describe("parseDate: text that is not a date is invalid, with its trimmed text", () => {
  test.each<[string, string]>([
    ["待定", "待定"],
    ["  协商中 ", "协商中"],
    ["拟续签", "拟续签"],
    ["#N/A", "#N/A"],
    ["#REF!", "#REF!"],
    ["#VALUE!", "#VALUE!"],
    // days that do not exist
    ["2023年13月5日", "2023年13月5日"],
    ["2023-02-30", "2023-02-30"],
    ["2021-02-29", "2021-02-29"],
    ["1900-02-29", "1900-02-29"],
    ["2023-04-31", "2023-04-31"],
    ["2023-00-10", "2023-00-10"],
    ["2023-01-00", "2023-01-00"],
    ["二〇二三年二月三十日", "二〇二三年二月三十日"],
    ["20230230", "20230230"],
    // incomplete
    ["2026年10月", "2026年10月"],
    ["2016", "2016"],
    ["2016-04", "2016-04"],
    ["4月18日", "4月18日"],
    // two-digit years and other orders are never guessed
    ["16-4-18", "16-4-18"],
    ["16/4/18", "16/4/18"],
    ["4/18/2016", "4/18/2016"],
    ["18.04.2016", "18.04.2016"],
    ["2016041", "2016041"],
    ["201604180", "201604180"],
    // mixed separators
    ["2016-4/18", "2016-4/18"],
    // 二三 is "two or three", not 23
    ["二〇二三年三月二三日", "二〇二三年三月二三日"],
    // a time that is not one
    ["2016-04-18 25:00", "2016-04-18 25:00"],
    ["2016-04-18 08:61", "2016-04-18 08:61"],
    ["2016-04-18 abc", "2016-04-18 abc"],
    // a date with words around it
    ["约2016年4月18日", "约2016年4月18日"],
    ["2016年4月18日前", "2016年4月18日前"],
  ])("%p is invalid", (text, expected) => {
    expect(parseDate(text)).toEqual(invalid(expected));
  });
});

describe("parseDate: Excel serials", () => {
  test.each<[number, string | null | undefined, string]>([
    [45000, "yyyy-mm-dd", "2023-03-15"],
    [45000, "General", "2023-03-15"],
    [45000, undefined, "2023-03-15"],
    [43831.75, "yyyy/m/d h:mm", "2020-01-01"],
    [43831.75, "General", "2020-01-01"],
    [42478, 'yyyy"年"m"月"d"日"', "2016-04-18"],
    [42478, "[$-804]yyyy年m月d日", "2016-04-18"],
    [42478, '[DBNum1][$-804]yyyy"年"m"月"d"日"', "2016-04-18"],
    [1, "yyyy-mm-dd", "1900-01-01"],
    [61, "yyyy-mm-dd", "1900-03-01"],
    [2958465, "yyyy-mm-dd", "9999-12-31"],
    // years 1900–2100 stored in a date-formatted cell are serials: the format says date
    [2016, "yyyy-mm-dd", "1905-07-08"],
    [2016, "m/d/yy", "1905-07-08"],
    [2016, "d-mmm", "1905-07-08"],
    [2016, 'm"月"d"日"', "1905-07-08"],
    // just outside the bare-year range
    [1899, "General", "1905-03-13"],
    [2101, "General", "1905-10-01"],
    // a non-integer in the range is a date with a time
    [2016.5, "General", "1905-07-08"],
  ])("%p with format %p → %p", (serial, format, expected) => {
    expect(parseDate(serial, format)).toEqual(date(expected));
  });

  test.each<[number, string | null | undefined]>([
    // a year typed alone into a cell that is not formatted as a date
    [2016, "General"],
    [2016, null],
    [2016, undefined],
    [2016, "0"],
    [2016, "@"],
    [2016, "#,##0"],
    [2016, "G/通用格式"],
    [2016, '0"年"'],
    [1900, "General"],
    [2100, "General"],
    // date letters inside quotes or brackets do not make a date format
    [2016, '0" days"'],
    [2016, "[Red]0"],
    [2016, "0\\d"],
  ])("bare year %p with format %p is invalid", (year, format) => {
    expect(parseDate(year, format)).toEqual(invalid(String(year)));
  });

  test.each<[number]>([[0], [-1], [-45000], [0.5], [60], [2958466], [1e9], [NaN], [Infinity]])(
    "%p is not a date",
    (serial) => {
      expect(parseDate(serial, "yyyy-mm-dd")).toEqual(invalid(String(serial)));
    },
  );
});

describe("parseDate: booleans", () => {
  test.each<[boolean, string]>([
    [true, "TRUE"],
    [false, "FALSE"],
  ])("%p is invalid", (value, text) => {
    expect(parseDate(value)).toEqual(invalid(text));
  });
});
