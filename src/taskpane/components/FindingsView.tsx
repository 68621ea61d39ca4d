import { useEffect, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { Finding, Lang, Severity } from "../../core/model";
import type { RuleMeta } from "../../core/rules/rule";
import { RULES } from "../../core/rules";
import { columnLetter } from "../../core/detect/mapping";
import { findingMessage } from "../../core/i18n/findingMessage";
import { SEVERITY_LABELS } from "../../core/i18n/sheets";
import { taskpaneText, type Translate } from "../../core/i18n/taskpane";
import type { ViewProps } from "./OverviewView";
import { viewStyles } from "./viewStyles";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** Findings shown per rule before "Show n more". */
export const FINDINGS_SHOWN = 20;

const useStyles = makeStyles({
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  finding: {
    width: "100%",
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  findingText: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

/** The findings grouped by rule (in the order of RULES.md), each with its article and description. */
export function FindingsView({ analysis, lang, onSelect, disabled }: ViewProps) {
  const styles = useStyles();
  const common = viewStyles();
  const t = taskpaneText(lang);
  const groups = groupByRule(analysis.findings);
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const f of analysis.findings) bySeverity[f.severity] += 1;
  const countsId = useId("findings-counts");

  if (analysis.findings.length === 0) {
    return (
      <Body1 as="p" className={common.flat}>
        {t("findings.none")}
      </Body1>
    );
  }
  return (
    <div className={common.view}>
      <Subtitle2 as="h2" id={countsId} className={common.flat}>
        {t("findings.bySeverity")}
      </Subtitle2>
      <ul className={styles.counts} aria-labelledby={countsId}>
        {SEVERITIES.map((s) => (
          <li key={s} className={styles[s]}>
            {SEVERITY_LABELS[s][lang]} {bySeverity[s]}
          </li>
        ))}
      </ul>
      <Caption1 as="p" className={common.flat}>
        {t("findings.hint")}
      </Caption1>
      {groups.map(({ meta, findings }) => (
        <RuleGroup
          key={meta.id}
          meta={meta}
          findings={findings}
          lang={lang}
          t={t}
          onSelect={onSelect}
          disabled={disabled}
        />
      ))}
    </div>
  );
}

function RuleGroup({
  meta,
  findings,
  lang,
  t,
  onSelect,
  disabled,
}: { meta: RuleMeta; findings: Finding[]; lang: Lang; t: Translate } & Pick<ViewProps, "onSelect" | "disabled">) {
  const styles = useStyles();
  const common = viewStyles();
  const headingId = useId("rule");
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, FINDINGS_SHOWN);
  const rest = findings.length - shown.length;
  const listRef = useRef<HTMLUListElement>(null);
  // "Show more" goes away when pressed: focus moves on to the first finding it revealed.
  useEffect(() => {
    if (all) listRef.current?.querySelectorAll("button")[FINDINGS_SHOWN]?.focus();
  }, [all]);
  return (
    <div className={styles.group}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        <span>{meta.id}</span>
        <span>{meta.article ?? t("findings.dataCheck")}</span>
      </Subtitle2>
      <Body1 as="p" className={common.flat}>
        {meta.description[lang]}
      </Body1>
      <Caption1 as="p" className={mergeClasses(common.flat, styles[meta.severity])}>
        {SEVERITY_LABELS[meta.severity][lang]} · {t("findings.count", { count: findings.length })}
      </Caption1>
      <ul ref={listRef} className={common.list} aria-labelledby={headingId}>
        {shown.map((f, i) => (
          <li key={i}>
            <Button
              appearance="subtle"
              className={styles.finding}
              disabledFocusable={disabled}
              onClick={() => onSelect(f)}
            >
              <span className={styles.findingText}>
                <span>{findingMessage(f, lang)}</span>
                <Caption1 className={common.muted}>{placeOf(f, t)}</Caption1>
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <Button appearance="secondary" size="small" onClick={() => setAll(true)}>
          {t("findings.showMore", { count: rest })}
        </Button>
      )}
    </div>
  );
}

function groupByRule(findings: readonly Finding[]): { meta: RuleMeta; findings: Finding[] }[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  return RULES.filter((r) => byRule.has(r.meta.id)).map((r) => ({ meta: r.meta, findings: byRule.get(r.meta.id)! }));
}

/** Where a finding is, as staff read it: 结好城市名册!E5, or the row when it is about the whole row. */
function placeOf(f: Finding, t: Translate): string {
  return f.column === null
    ? t("findings.placeRow", { sheet: f.sheet, row: f.row })
    : t("findings.placeCell", { sheet: f.sheet, cell: `${columnLetter(f.column)}${f.row}` });
}
