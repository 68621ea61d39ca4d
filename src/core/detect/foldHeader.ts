import { foldText } from "../text/foldText";

/** Brackets and marks that headers carry or drop at will: （年）, 【必填】 markers, colons, asterisks. */
const DECORATION = /[()[\]{}<>（）［］【】〔〕《》〈〉「」『』*＊:：·•。．.,，、?？!！'"“”‘’_\-－—~～]/g;

/** A header as compared: width, spaces, brackets, punctuation and case folded away. */
export function foldHeader(header: string): string {
  return foldText(header).replace(DECORATION, "").toLowerCase();
}

/** Bracketed notes of a header, with their brackets: "（年）", "【必填】", "(yyyy-mm-dd)". */
const BRACKETED = /[(（［[【〔《〈「『][^)）］\]】〕》〉」』]*[)）］\]】〕》〉」』]/g;

/** A header without its bracketed notes, folded: "友城（必填）" is "友城", "有效期（年）" is "有效期". */
export function foldHeaderCore(header: string): string {
  return foldHeader(header.normalize("NFKC").replace(BRACKETED, ""));
}
