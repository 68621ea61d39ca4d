/**
 * Whitespace as typed into Chinese spreadsheets: ASCII and Unicode spaces (\s covers U+3000, the
 * full-width space, line breaks from Alt+Enter, tabs and U+FEFF) plus the zero-width characters
 * that pasting from web pages and Word leaves behind, which \s does not cover.
 */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * A string reduced to what matters when comparing names and headers: NFKC turns full-width
 * letters, digits, brackets and colons into their half-width forms (“（区）” and "(区)" compare
 * equal), and every whitespace or zero-width character is dropped, because people pad names with
 * spaces to line them up ("上海市 黄浦区", "签 署 日 期") and the spaces carry no meaning.
 */
export function foldText(s: string): string {
  return ALREADY_FOLDED.test(s) ? s : s.normalize("NFKC").replace(INVISIBLE, "");
}

/**
 * Visible ASCII and the common CJK ideographs are left alone by NFKC and hold no whitespace:
 * most cells of a register are only these, and skip the work (the exchange log has 100,000 rows).
 */
const ALREADY_FOLDED = /^[\x21-\x7E\u4E00-\u9FFF]*$/u;
