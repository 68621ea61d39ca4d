/**
 * Chinese numerals as they appear in dates and terms of the register (二〇一六年四月十八日, 五年,
 * 两年), turned into Arabic digits so that one set of patterns reads both.
 */

/** Digit values; 两 is the "two" of counts (两年), the capital forms are those of formal documents. */
const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};

/**
 * Zeros written in years: 〇 (the numeral), 零, and the look-alikes typed when 〇 is not at hand:
 * ○ and ◯ (circle symbols), and the letter O, full-width or not.
 */
const ZEROS = "〇零○◯ＯO";
const LETTER_O = /^[ＯO]+$/u;
const TENS = /[十拾]/u;

const RUN = new RegExp(`[${ZEROS}${Object.keys(DIGITS).join("")}十拾]+`, "gu");

const digitOf = (c: string): number => DIGITS[c] ?? 0;
const isDigit = (c: string | undefined): c is string => c !== undefined && c in DIGITS;

/**
 * One run of numeral characters as Arabic digits, or the run unchanged when it is not a number
 * this module can read without guessing, so that the caller's pattern then fails on it.
 */
function runToArabic(run: string): string {
  // A letter O on its own is a letter (NO, OK), only a zero beside other numerals.
  if (LETTER_O.test(run)) return run;
  const chars = [...run];
  if (TENS.test(run)) {
    // Counting form below 100, as months, days and terms are written: 十, 十八, 二十, 三十一.
    const at = chars.findIndex((c) => TENS.test(c));
    const before = chars.slice(0, at);
    const after = chars.slice(at + 1);
    if (before.length > 1 || after.length > 1) return run;
    if (before.length === 1 && !isDigit(before[0])) return run;
    if (after.length === 1 && !isDigit(after[0])) return run;
    const tens = before.length === 1 ? digitOf(before[0]) : 1;
    const units = after.length === 1 ? digitOf(after[0]) : 0;
    return String(tens * 10 + units);
  }
  // Two numerals side by side without a zero are an estimate, not a number: 二三年 is "two or
  // three years". Digit-by-digit reading is for years (二〇二三) and single numerals (五年, 四月).
  if (chars.length === 2 && !chars.some((c) => ZEROS.includes(c))) return run;
  return chars.map(digitOf).join("");
}

/**
 * The string with its Chinese numerals written as Arabic digits: 二〇二三年十二月三十一日 →
 * 2023年12月31日, 两年 → 2年. Year digits are read one by one, months, days and terms in the
 * counting form with 十; other text is left as it is.
 */
export function chineseDigitsToArabic(s: string): string {
  return s.replace(RUN, runToArabic);
}
