import type { Rule } from "./rule";
import { actNone } from "./actNone";
import { archMissing } from "./archMissing";
import { dataColumn } from "./dataColumn";
import { dataDate } from "./dataDate";
import { dataDuplicate } from "./dataDuplicate";
import { dataMissing } from "./dataMissing";
import { dataOrder } from "./dataOrder";
import { dataPartner } from "./dataPartner";
import { dataUncalculated } from "./dataUncalculated";
import { divisionChange } from "./divisionChange";
import { eligCriteria } from "./eligCriteria";
import { eligLevel } from "./eligLevel";
import { eligMaturity } from "./eligMaturity";
import { eventLate } from "./eventLate";
import { eventMismatch } from "./eventMismatch";
import { eventNoResponse } from "./eventNoResponse";
import { filingMissing } from "./filingMissing";
import { procNpc } from "./procNpc";
import { procOrder } from "./procOrder";
import { termExpired } from "./termExpired";
import { termExpiring } from "./termExpiring";
import { termLength } from "./termLength";
import { termMismatch } from "./termMismatch";
import { termUrgent } from "./termUrgent";
import { textCopies } from "./textCopies";
import { textCustody } from "./textCustody";

/** Every rule of RULES.md, in the order of its table. */
export const RULES: readonly Rule[] = [
  termExpired,
  termUrgent,
  termExpiring,
  termLength,
  termMismatch,
  divisionChange,
  procNpc,
  procOrder,
  textCopies,
  textCustody,
  eligCriteria,
  eligLevel,
  eligMaturity,
  eventNoResponse,
  eventLate,
  eventMismatch,
  filingMissing,
  actNone,
  archMissing,
  dataMissing,
  dataDate,
  dataOrder,
  dataPartner,
  dataDuplicate,
  dataColumn,
  dataUncalculated,
];
