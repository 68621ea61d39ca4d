import type { FieldId } from "../detect/fields";
import type { Finding, Lang, Role } from "../model";
import { RULES } from "../rules";
import { fill } from "./format";
import { FIELD_LABELS, ROLE_LABELS } from "./labels";

const RULE_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

/**
 * A finding's message in the user's language. Values whose key ends in "Field" are field ids and
 * read as the field's name; "role" reads as the role's name; every other value is data and goes
 * in as it is.
 */
export function findingMessage(finding: Finding, lang: Lang): string {
  const rule = RULE_BY_ID.get(finding.rule);
  const template = rule?.meta.messages[finding.messageId]?.[lang];
  if (!template) return finding.rule;
  const data: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(finding.data)) {
    if (key.endsWith("Field") && typeof value === "string" && value in FIELD_LABELS)
      data[key] = FIELD_LABELS[value as FieldId][lang];
    else if (key === "role" && typeof value === "string" && value in ROLE_LABELS)
      data[key] = ROLE_LABELS[value as Role][lang];
    else data[key] = typeof value === "string" ? quoted(value) : value;
  }
  return fill(template, data);
}

/** Values quoted from cells stay readable and within what an Excel cell holds (32,767 characters). */
const MAX_QUOTED = 100;

function quoted(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}
