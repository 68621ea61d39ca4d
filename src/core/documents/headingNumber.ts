import type { Lang } from "../model";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (headings never run past 99). */
export function chineseCount(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}

/**
 * The numbering of a Chinese government document (党政机关公文格式 GB/T 9704): 一、 for the first
 * level, （一） for the second, 1. for the third; in English 1. / (1) / (a).
 */
function headingNumber(level: 1 | 2 | 3, n: number, lang: Lang): string {
  if (lang === "zh-CN") return level === 1 ? `${chineseCount(n)}、` : level === 2 ? `（${chineseCount(n)}）` : `${n}.`;
  return level === 1 ? `${n}. ` : level === 2 ? `(${n}) ` : `(${String.fromCharCode(96 + ((n - 1) % 26) + 1)}) `;
}

/** Numbers headings as they are added: a level restarts under each heading of the level above. */
export class HeadingCounter {
  private counts = [0, 0, 0];
  constructor(private readonly lang: Lang) {}

  next(level: 1 | 2 | 3, text: string): { kind: "heading"; level: 1 | 2 | 3; text: string } {
    this.counts[level - 1]++;
    for (let l = level; l < 3; l++) this.counts[l] = 0;
    return { kind: "heading", level, text: `${headingNumber(level, this.counts[level - 1], this.lang)}${text}` };
  }
}
