/**
 * A plan's column width (characters of the default font's widest digit, as Excel's Format ▸
 * Column Width shows it) in points, the unit of office.js's `RangeFormat.columnWidth`. Excel draws
 * a column of n characters n × 7 + 5 pixels wide (7 px a digit of Calibri or 等线 11, 4 px of
 * margin and 1 of gridline: ECMA-376 Part 1, 18.3.1.13), and a pixel is 0.75 point at 96 dpi; so
 * its default 8.43 characters are 64 px, 48 points.
 */
export function columnWidthPoints(characters: number): number {
  if (characters <= 0) return 0;
  return (Math.round(characters * 7) + 5) * 0.75;
}
