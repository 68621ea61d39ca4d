/**
 * A plan's column width (characters of the default font's widest digit, as Excel's Format ▸
 * Column Width shows it) as the file stores it, `<col width>`: ECMA-376 Part 1, 18.3.1.13 counts
 * the column's pixels, the 5 px of cell padding included, over the widest digit's 7 px (Calibri or
 * 等线 11), in 256ths. So 10 characters are 75 px, stored as 10.7109375, as Excel stores them.
 */
export function fileColumnWidth(characters: number): number {
  if (characters <= 0) return 0;
  const pixels = Math.round(characters * 7) + 5;
  return Math.trunc((pixels / 7) * 256) / 256;
}
