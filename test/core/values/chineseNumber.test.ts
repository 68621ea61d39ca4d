import { chineseDigitsToArabic } from "../../../src/core/values/chineseNumber";

describe("chineseDigitsToArabic", () => {
  test.each([
    // years, digit by digit, with each way of writing zero
    ["二〇二三", "2023"],
    ["二零二三", "2023"],
    ["二○二三", "2023"],
    ["二◯二三", "2023"],
    ["二Ｏ二三", "2023"],
    ["二O二三", "2023"],
    ["一九九八年", "1998年"],
    // months and days with 十
    ["十", "10"],
    ["十一", "11"],
    ["二十", "20"],
    ["二十八", "28"],
    ["三十一", "31"],
    ["二〇二三年十二月三十一日", "2023年12月31日"],
    ["二〇一六年四月十八日", "2016年4月18日"],
    // terms
    ["五年", "5年"],
    ["两年", "2年"],
    ["十年", "10年"],
    // capital forms
    ["伍年", "5年"],
    ["贰零贰叁年拾贰月叁拾日", "2023年12月30日"],
    // left alone: not numerals, or not a number without guessing
    ["2016年4月18日", "2016年4月18日"],
    ["NO", "NO"],
    ["待定", "待定"],
    ["二三年", "二三年"],
    ["十十", "十十"],
    ["二十二十", "二十二十"],
    ["一十", "10"],
  ])("%p → %p", (input, expected) => {
    expect(chineseDigitsToArabic(input)).toBe(expected);
  });
});
