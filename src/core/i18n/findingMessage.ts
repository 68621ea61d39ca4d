import type { FieldId } from "../detect/fields";
import type { Finding, Lang, Role } from "../model";
import { RULES } from "../rules";
import { fill } from "./format";
import { FIELD_LABELS, ROLE_LABELS } from "./labels";
import { PATH_STEP_LABELS, blockerText } from "./paperwork";
import { blockersOfCodes } from "../path/blockerCodes";
import type { PathStepId } from "../path/partnerPath";

const RULE_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

/**
 * A finding's message in the user's language. Values whose key ends in "Field" are field ids and
 * read as the field's name, those ending in "Step" are steps of 第六条 and read as the step's name;
 * "role" reads as the role's name, "blockers" as what holds a path up (path/blockerCodes.ts);
 * every other value is data and goes in as it is.
 */
export function findingMessage(finding: Finding, lang: Lang): string {
  const rule = RULE_BY_ID.get(finding.rule);
  const template = rule?.meta.messages[finding.messageId]?.[lang];
  if (!template) return finding.rule;
  const data: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(finding.data)) {
    if (key.endsWith("Field") && typeof value === "string" && value in FIELD_LABELS)
      data[key] = FIELD_LABELS[value as FieldId][lang];
    else if (key.endsWith("Step") && typeof value === "string" && value in PATH_STEP_LABELS)
      data[key] = PATH_STEP_LABELS[value as PathStepId][lang];
    else if (key === "role" && typeof value === "string" && value in ROLE_LABELS)
      data[key] = ROLE_LABELS[value as Role][lang];
    else if (key === "blockers" && typeof value === "string")
      data[key] = blockersOfCodes(value)
        .map((b) => blockerText(b, lang))
        .join(lang === "zh-CN" ? "；" : "; ");
    else data[key] = typeof value === "string" ? quoted(value) : value;
  }
  return fill(template, data);
}

/** Values quoted from cells stay readable and within what an Excel cell holds (32,767 characters). */
const MAX_QUOTED = 100;

function quoted(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}
