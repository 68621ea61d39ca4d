import { emptySheet, type FakeSheet, type FakeWorkbookState } from "../../src/excel-fake";

/**
 * A register of three partners and an exchange log of `rows` rows naming partners the register
 * does not have: one finding per row (DATA-PARTNER), so a findings sheet of `rows` linked rows.
 * `padding` lengthens each partner name, and so the bytes a write of them carries.
 */
export function unregisteredLog(registerName: string, rows: number, padding = 0): FakeWorkbookState {
  const register = emptySheet(registerName);
  const log = emptySheet("交流活动");
  const put = (s: FakeSheet, r: number, c: number, value: string | number, numberFormat?: string) => {
    s.cells[`${r},${c}`] = numberFormat ? { value, numberFormat } : { value };
  };
  ["友城名称", "签署日期", "到期日期"].forEach((h, c) => put(register, 0, c, h));
  ["巴黎市", "东京都", "首尔市"].forEach((p, i) => {
    put(register, i + 1, 0, p);
    put(register, i + 1, 1, 42500 + i * 400, "yyyy-mm-dd");
    put(register, i + 1, 2, 46000 + i * 300, "yyyy-mm-dd");
  });
  ["日期", "友城", "交流形式"].forEach((h, c) => put(log, 0, c, h));
  for (let r = 1; r <= rows; r++) {
    put(log, r, 0, 46000 + (r % 300), "yyyy-mm-dd");
    put(log, r, 1, `未登记城市${r}${"区".repeat(padding)}`);
    put(log, r, 2, "考察");
  }
  return { sheets: [register, log], activeSheet: null, settings: {} };
}
