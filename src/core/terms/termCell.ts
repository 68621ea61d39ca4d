import type { RegisterRecord } from "../records/records";
import type { DateCell } from "../records/rowReader";

/** The cell a term finding points at: the explicit end date, else the renewal, else the signing. */
export function termCell(record: RegisterRecord): DateCell {
  if (record.end.value.kind === "date") return record.end;
  if (record.renewal.value.kind === "date") return record.renewal;
  return record.signing;
}
