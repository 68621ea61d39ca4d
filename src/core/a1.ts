import { columnIndex } from "./detect/mapping";

interface CellBlock {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The cells of an A1 address as Excel's API reports it ("Sheet1!B2:D5", "'My sheet'!A1"):
 * the sheet part is dropped. Whole rows or columns ("A:C", "3:5") are not cell blocks: null.
 */
export function parseA1(address: string): CellBlock | null {
  const bang = address.lastIndexOf("!");
  const cells = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(cells);
  if (!m) return null;
  const left = columnIndex(m[1]);
  const right = columnIndex(m[3] ?? m[1]);
  const top = Number(m[2]) - 1;
  const bottom = Number(m[4] ?? m[2]) - 1;
  if (left === null || right === null || top < 0 || bottom < top || right < left) return null;
  return { top, left, bottom, right };
}
