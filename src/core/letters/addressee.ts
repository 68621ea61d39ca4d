import type { Lang } from "../model";
import { fill } from "../i18n/format";
import { LETTER_TEXT } from "../i18n/letters";
import { foldText } from "../text/foldText";

/**
 * Whom a letter to a partner is addressed to: its government, named from the partner's name
 * (上海市黄浦区 → 上海市黄浦区人民政府). A 地区 or 盟 is governed by an administrative office
 * (行政公署); a name that already ends with a government is left as it is.
 */
export function addressee(partner: string, lang: Lang): string {
  const name = partner.trim();
  if (/(政府|行政公署)$/u.test(foldText(name))) return name;
  const government = /(地区|盟)$/u.test(foldText(name))
    ? LETTER_TEXT["government.office"]
    : LETTER_TEXT["government.people"];
  return fill(LETTER_TEXT.addressee[lang], { partner: name, government: government[lang] });
}
