import type { Rule } from "./rule";
import { actNone } from "./ACT-NONE";
import { archMissing } from "./ARCH-MISSING";
import { dataColumn } from "./DATA-COLUMN";
import { dataDate } from "./DATA-DATE";
import { dataDuplicate } from "./DATA-DUPLICATE";
import { dataMissing } from "./DATA-MISSING";
import { dataOrder } from "./DATA-ORDER";
import { dataPartner } from "./DATA-PARTNER";
import { divisionChange } from "./DIV-CHANGE";
import { eligCriteria } from "./ELIG-CRITERIA";
import { eligLevel } from "./ELIG-LEVEL";
import { eligMaturity } from "./ELIG-MATURITY";
import { eventLate } from "./EVENT-LATE";
import { eventMismatch } from "./EVENT-MISMATCH";
import { eventNoResponse } from "./EVENT-NO-RESPONSE";
import { dataUncalculated } from "./DATA-UNCALCULATED";
import { filingMissing } from "./FILING-MISSING";
import { inviteNoAnswer } from "./INVITE-NO-ANSWER";
import { procNext } from "./PROC-NEXT";
import { procNpc } from "./PROC-NPC";
import { procOrder } from "./PROC-ORDER";
import { termExpired } from "./TERM-EXPIRED";
import { termExpiring } from "./TERM-EXPIRING";
import { termLength } from "./TERM-LENGTH";
import { termMismatch } from "./TERM-MISMATCH";
import { termUrgent } from "./TERM-URGENT";
import { textCopies } from "./TEXT-COPIES";
import { textCustody } from "./TEXT-CUSTODY";

/**
 * Every rule of RULES.md, in the order of its table. Each is the module named by its id
 * (TERM-EXPIRED.ts), tested by the file of the same name in test/core/rules/.
 */
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
  inviteNoAnswer,
  procNext,
  dataUncalculated,
];
