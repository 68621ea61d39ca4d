/**
 * `Range.text`: the displayed text of a cell, for the number formats this host knows — General,
 * "@", "0", "0.00", "#,##0", "#,##0.00", percentages ("0%", "0.0%"), and dates made of
 * yyyy/yy/m/mm/d/dd (with "-", "/", "." or CJK 年月日 between). Any other format displays as
 * General. Column widths are not taken into account (Excel shows "####" in narrow columns).
 */
import type { FakeCell } from "./state";

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9))
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "E")
      .replace("E+", "E+")
      .replace(/E(-?)(\d)$/, "E$10$2");
  return String(Number(n.toPrecision(10)));
}

function fixed(n: number, decimals: number, grouping: boolean): string {
  const text = n.toFixed(decimals);
  if (!grouping) return text;
  const [int, frac] = text.split(".");
  const sign = int!.startsWith("-") ? "-" : "";
  const digits = sign ? int!.slice(1) : int!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + grouped + (frac !== undefined ? `.${frac}` : "");
}

function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25_569) * 86_400_000));
}

function formatDate(serial: number, format: string): string {
  const d = serialToDate(serial);
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: String(d.getUTCFullYear()).slice(-2),
    mm: String(d.getUTCMonth() + 1).padStart(2, "0"),
    m: String(d.getUTCMonth() + 1),
    dd: String(d.getUTCDate()).padStart(2, "0"),
    d: String(d.getUTCDate()),
  };
  return format.replace(
    /"([^"]*)"|\\(.)|yyyy|yy|mm|m|dd|d/g,
    (token, quoted: string | undefined, escaped: string | undefined) => {
      if (quoted !== undefined) return quoted;
      if (escaped !== undefined) return escaped;
      return parts[token] ?? token;
    },
  );
}

const DATE_FORMAT = /^(?:[ymd]+|"[^"]*"|\\.|[-/. 年月日])+$/;

function formatNumber(n: number, numberFormat: string): string {
  const format = numberFormat.split(";")[0]!.replace(/\[[^\]]*\]/g, "");
  switch (format) {
    case "General":
      return general(n);
    case "0":
      return fixed(n, 0, false);
    case "0.00":
      return fixed(n, 2, false);
    case "#,##0":
      return fixed(n, 0, true);
    case "#,##0.00":
      return fixed(n, 2, true);
    case "0%":
      return `${fixed(n * 100, 0, false)}%`;
    case "0.0%":
      return `${fixed(n * 100, 1, false)}%`;
    case "0.00%":
      return `${fixed(n * 100, 2, false)}%`;
    default:
      if (DATE_FORMAT.test(format) && /[ymd]/.test(format)) return formatDate(n, format);
      return general(n);
  }
}

export function formatCellText(cell: FakeCell | undefined, numberFormat: string): string {
  if (!cell || cell.value === null) return "";
  const v = cell.value;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  if (numberFormat === "@") return general(v);
  return formatNumber(v, numberFormat);
}
