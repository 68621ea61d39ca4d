import { foldText } from "../text/foldText";

/** Brackets and marks that headers carry or drop at will: （年）, 【必填】 markers, colons, asterisks. */
const DECORATION = /[()[\]{}<>（）［］【】〔〕《》〈〉「」『』*＊:：·•。．.,，、?？!！'"“”‘’_\-－—~～]/g;

/** A header as compared: width, spaces, brackets, punctuation and case folded away. */
export function foldHeader(header: string): string {
  return foldText(header).replace(DECORATION, "").toLowerCase();
}
