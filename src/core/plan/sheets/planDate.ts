import { toExcelSerial, type IsoDate } from "../../dates/isoDate";

/**
 * A date as the add-in's sheets hold it: Excel's serial number, shown through the column's date
 * format. Excel has no serials before 1900-03-01 (it would show ####), so an older date a register
 * may hold as text goes in as its ISO text.
 */
export function planDate(iso: IsoDate | null): number | string | null {
  if (iso === null) return null;
  return iso < "1900-03-01" ? iso : toExcelSerial(iso);
}
