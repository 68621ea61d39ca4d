import { toExcelSerial, type IsoDate } from "../../dates/isoDate";

/**
 * A date as the add-in's sheets hold it: the serial number of the workbook's date system, shown
 * through the column's date format. Excel has no serials before its epoch (1900-03-01 as the
 * 1900 system counts without its phantom leap day, 1904-01-01 in the 1904 system: it would
 * show ####), so an older date a register may hold as text goes in as its ISO text.
 */
export function planDate(iso: IsoDate | null, date1904 = false): number | string | null {
  if (iso === null) return null;
  return iso < (date1904 ? "1904-01-01" : "1900-03-01") ? iso : toExcelSerial(iso, date1904);
}
