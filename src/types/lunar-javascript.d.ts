/**
 * The part of lunar-javascript (6tail) the greetings calendar uses; the package ships no types.
 * Months are 1-based; a negative lunar month would be a leap month, which no festival uses.
 */
declare module "lunar-javascript" {
  export class Solar {
    static fromYmd(year: number, month: number, day: number): Solar;
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    /** "YYYY-MM-DD". */
    toYmd(): string;
    getLunar(): Lunar;
  }
  export class Lunar {
    static fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): Lunar;
    getSolar(): Solar;
    /** The 24 solar terms around this lunar year, by Chinese name (清明 …), as solar days. */
    getJieQiTable(): Record<string, Solar>;
  }
}
