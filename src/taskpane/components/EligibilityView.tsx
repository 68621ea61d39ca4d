import { Body1, Button, Subtitle2, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { LocationRegular } from "@fluentui/react-icons";
import type { Analysis, Candidate, Lang } from "../../core/model";
import type { PartnerPath } from "../../core/path/partnerPath";
import { PATH_STEP_LABELS, blockerText } from "../../core/i18n/paperwork";
import type { FieldId } from "../../core/detect/fields";
import { FIELD_LABELS, RECOMMENDATION_LABELS } from "../../core/i18n/labels";
import { ELIGIBILITY_HEADERS, LEVEL_LABELS } from "../../core/i18n/sheets";
import { taskpaneText, type Translate } from "../../core/i18n/taskpane";
import type { ViewProps } from "./OverviewView";
import { viewStyles } from "./viewStyles";
import { DocxButton } from "./DocxButton";

/** The drafts' builders load when a draft is asked for, with the .docx writer (DocxButton). */
const loadDrafts = () => import("../../core/documents/drafts");

const CONDITION_FIELDS: readonly FieldId[] = ["cond1", "cond2", "cond3", "cond4", "cond5"];

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: {
    margin: 0,
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  conditions: { listStyleType: "none", margin: 0, padding: 0 },
  yes: { color: tokens.colorPaletteGreenForeground1 },
  no: { color: tokens.colorPaletteRedForeground1 },
  unknown: { color: tokens.colorNeutralForeground3 },
  "friendly-city": { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  alternative: { fontWeight: tokens.fontWeightSemibold },
  "not-recommended": { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  drafts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  blockers: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
});

/** The path of the row at this place, if any. */
const pathAt = (paths: PartnerPath[], sheet: string, row: number) =>
  paths.find((p) => p.sheet === sheet && p.row === row);

/** The candidates of 第五条: the five conditions, how many are met, the recommendation, level and leader visit. */
export function EligibilityView({ analysis, lang, onSelect, disabled }: ViewProps) {
  const common = viewStyles();
  const t = taskpaneText(lang);
  const headingId = useId("eligibility");
  const registerId = useId("unsigned");
  const renewalId = useId("renewal");
  const required = analysis.settings.criteriaRequired;
  const unsigned = analysis.paths.filter((p) => p.source === "register");
  const renewals = analysis.agreements.filter((a) => a.status === "urgent");
  if (analysis.candidates.length === 0 && unsigned.length === 0 && renewals.length === 0) {
    return (
      <Body1 as="p" className={common.flat}>
        {t("elig.none")}
      </Body1>
    );
  }
  return (
    <div className={common.view}>
      <Subtitle2 as="h2" id={headingId} className={common.flat}>
        {t("tab.eligibility")}
      </Subtitle2>
      <Body1 as="p" className={common.flat}>
        {t("elig.intro", { required })}
      </Body1>
      <ul className={common.list} aria-labelledby={headingId}>
        {analysis.candidates.map((c) => (
          <li key={`${c.sheet}!${c.row}`}>
            <CandidateCard
              candidate={c}
              analysis={analysis}
              path={pathAt(analysis.paths, c.sheet, c.row)}
              lang={lang}
              t={t}
              required={required}
              onSelect={onSelect}
              disabled={disabled}
            />
          </li>
        ))}
      </ul>
      {renewals.length > 0 && (
        <section aria-labelledby={renewalId} className={common.view}>
          <Subtitle2 as="h2" id={renewalId} className={common.flat}>
            {t("renewal.title")}
          </Subtitle2>
          <Body1 as="p" className={common.flat}>
            {t("renewal.intro", { days: analysis.settings.urgentDays })}
          </Body1>
          <ul className={common.list}>
            {renewals.map((a) => (
              <li key={`${a.sheet}!${a.row}`}>
                <Body1>{`${a.partner}（${a.lastDay ?? ""}）`}</Body1>{" "}
                <DocxButton
                  label={t("draft.renewal")}
                  lang={lang}
                  disabled={disabled}
                  make={async () =>
                    (await loadDrafts()).agreementDraft(a.partner, a.relation, lang, a.signingDate ?? a.termStart)
                  }
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {unsigned.length > 0 && (
        <>
          <Subtitle2 as="h2" id={registerId} className={common.flat}>
            {t("path.register")}
          </Subtitle2>
          <ul className={common.list} aria-labelledby={registerId}>
            {unsigned.map((p) => (
              <li key={`${p.sheet}!${p.row}`}>
                <UnsignedCard analysis={analysis} path={p} lang={lang} t={t} onSelect={onSelect} disabled={disabled} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A register row on its way to signing: its path alone. */
function UnsignedCard({
  analysis,
  path,
  lang,
  t,
  onSelect,
  disabled,
}: { analysis: Analysis; path: PartnerPath; lang: Lang; t: Translate } & Pick<ViewProps, "onSelect" | "disabled">) {
  const styles = useStyles();
  return (
    <article className={styles.card} aria-label={path.partner}>
      <Subtitle2 as="h3" className={styles.heading}>
        <span>{path.partner}</span>
        <Button
          appearance="transparent"
          size="small"
          icon={<LocationRegular />}
          disabledFocusable={disabled}
          aria-label={t("goTo.row", { name: path.partner })}
          onClick={() => onSelect({ sheet: path.sheet, row: path.row, column: null })}
        >
          {t("goTo")}
        </Button>
      </Subtitle2>
      <dl className={styles.facts}>
        <PathFacts path={path} lang={lang} t={t} />
      </dl>
      <Drafts analysis={analysis} path={path} lang={lang} t={t} disabled={disabled} />
    </article>
  );
}

/** 第六条第三项's two drafts for the path: the written request and the agreement it proposes. */
function Drafts({
  analysis,
  path,
  lang,
  t,
  disabled,
}: {
  analysis: Analysis;
  path: PartnerPath;
  lang: Lang;
  t: Translate;
  disabled: boolean;
}) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={t("path.drafts")} className={styles.drafts}>
      <DocxButton
        label={t("draft.request")}
        lang={lang}
        disabled={disabled}
        make={async () => (await loadDrafts()).requestDraft(analysis, path, lang)}
      />
      <DocxButton
        label={t("draft.agreement")}
        lang={lang}
        disabled={disabled}
        make={async () => {
          const drafts = await loadDrafts();
          return drafts.agreementDraft(path.partner, drafts.relationOf(analysis, path), lang);
        }}
      />
    </div>
  );
}

/** 第六条's steps with the day each was done, the next one and what blocks it, as terms of a list. */
function PathFacts({ path, lang, t }: { path: PartnerPath; lang: Lang; t: Translate }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{t("path.next")}</dt>
      <dd className={styles.value} data-testid="path-next">
        {path.next ? PATH_STEP_LABELS[path.next][lang] : t("path.signed")}
      </dd>
      <dt className={styles.term}>{t("path.blockers")}</dt>
      <dd className={styles.value}>
        {path.blockers.length === 0 ? (
          t("path.noBlocker")
        ) : (
          <ul className={styles.blockers} data-testid="path-blockers">
            {path.blockers.map((b, i) => (
              <li key={i}>{blockerText(b, lang)}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt className={styles.term}>{t("path.steps")}</dt>
      <dd className={styles.value}>
        <ol className={styles.steps} data-testid="path-steps">
          {path.steps.map((s) => (
            <li key={s.step}>
              {PATH_STEP_LABELS[s.step][lang]}
              {t("colon")}
              <span className={s.done ? styles.yes : styles.unknown}>
                {s.date ? t("path.doneOn", { date: s.date }) : s.done ? t("path.done") : t("path.notDone")}
              </span>
            </li>
          ))}
        </ol>
      </dd>
    </>
  );
}

function CandidateCard({
  candidate: c,
  analysis,
  path,
  lang,
  t,
  required,
  onSelect,
  disabled,
}: { candidate: Candidate; analysis: Analysis; path?: PartnerPath; lang: Lang; t: Translate; required: number } & Pick<
  ViewProps,
  "onSelect" | "disabled"
>) {
  const styles = useStyles();
  const h = (key: keyof typeof ELIGIBILITY_HEADERS) => ELIGIBILITY_HEADERS[key][lang];
  return (
    <article className={styles.card} aria-label={c.city}>
      <Subtitle2 as="h3" className={styles.heading}>
        <span>{c.city}</span>
        <Button
          appearance="transparent"
          size="small"
          icon={<LocationRegular />}
          disabledFocusable={disabled}
          aria-label={t("goTo.row", { name: c.city })}
          onClick={() => onSelect({ sheet: c.sheet, row: c.row, column: null })}
        >
          {t("goTo")}
        </Button>
      </Subtitle2>
      <dl className={styles.facts}>
        <dt className={styles.term}>{h("recommendation")}</dt>
        <dd className={mergeClasses(styles.value, styles[c.recommendation])}>
          {RECOMMENDATION_LABELS[c.recommendation][lang]}
        </dd>
        <dt className={styles.term}>{h("met")}</dt>
        <dd className={styles.value}>{t("elig.met", { met: c.criteriaMet.length, required })}</dd>
        <dt className={styles.term}>{t("elig.conditions")}</dt>
        <dd className={styles.value}>
          <ul className={styles.conditions}>
            {c.conditions.map((mark, i) => (
              <li key={i}>
                {FIELD_LABELS[CONDITION_FIELDS[i]!][lang]}
                {t("colon")}
                <span className={styles[mark]}>{t(`mark.${mark}`)}</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt className={styles.term}>{h("level")}</dt>
        <dd className={styles.value}>{c.level || t("elig.levelBlank")}</dd>
        <dt className={styles.term}>{h("levelJudgement")}</dt>
        <dd className={styles.value}>{LEVEL_LABELS[c.levelClass][lang]}</dd>
        <dt className={styles.term}>{h("leaderVisit")}</dt>
        <dd className={styles.value}>{c.leaderVisit ? t("elig.visitYes") : t("elig.visitNo")}</dd>
        {path && <PathFacts path={path} lang={lang} t={t} />}
      </dl>
      {path && <Drafts analysis={analysis} path={path} lang={lang} t={t} disabled={disabled} />}
    </article>
  );
}
