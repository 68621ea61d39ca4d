import { useEffect, useMemo, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from "@fluentui/react-components";
import {
  CalendarArrowDownRegular,
  CopyRegular,
  DocumentArrowDownRegular,
  TableEditRegular,
} from "@fluentui/react-icons";
import type { Analysis, Lang } from "../../core/model";
import type { GreetingRow } from "../../core/greetings/greetingsCalendar";
import { GREETING_KIND_LABELS, GREETINGS_HEADERS, CALENDAR_TEXT } from "../../core/i18n/greetings";
import { SHEET_NAMES } from "../../core/i18n/sheets";
import { EXCEL_ERROR_MESSAGES } from "../../core/i18n/errors";
import { fill } from "../../core/i18n/format";
import { taskpaneText, type Translate } from "../../core/i18n/taskpane";
import { eventsToAnswer, type EventToAnswer } from "../../core/letters/eventsToAnswer";
import type { Letter } from "../../core/letters/draftLetter";
import type { DraftContext } from "../../core/letters/draftFor";
import { LETTER_TEMPLATE_IDS, type LetterTemplateId } from "../../core/letters/letterTemplates";
import { classifyExcelError } from "../../excel-host/excelErrors";
import type { RunOutcome } from "../../excel-host/workbookService";
import { ICS_MIME, downloadBlob, safeFileName } from "./download";
import { viewStyles } from "./viewStyles";

/*
 * The heavy parts are loaded here with import() only when needed, so that webpack puts each in a
 * chunk of its own and the pane's first load stays small: the greetings calendar (lunar-javascript)
 * and the letters' words when the view opens, the .ics writer (ics) and the .docx writer (docx)
 * when a download is asked for. Only their types are imported above.
 */
const loadCalendar = () => import("../../core/greetings/greetingsCalendar");
/** The drafts and their words, a chunk of their own: loaded when the view first shows. */
const loadLetters = async () => ({
  ...(await import("../../core/letters/draftFor")),
  LETTER_TEXT: (await import("../../core/i18n/letters")).LETTER_TEXT,
});
type Letters = Awaited<ReturnType<typeof loadLetters>>;
const loadIcs = () => import("../../core/greetings/calendarIcs");
const loadDocx = () => import("../../core/letters/letterDocx");

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  date: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  pick: {
    minWidth: 0,
    height: "auto",
    padding: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  star: { color: tokens.colorPaletteMarigoldForeground2, marginInlineStart: tokens.spacingHorizontalXXS },
  // Read by screen readers, not shown: the ★ beside it is only drawn.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  late: { color: tokens.colorPaletteDarkOrangeForeground1 },
  summary: { cursor: "pointer" },
  draft: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { fontFamily: tokens.fontFamilyBase, minHeight: "16rem" },
});

export interface GreetingsViewProps {
  analysis: Analysis;
  lang: Lang;
  /** Writes the 节日问候 sheet (services.write("greetings")). */
  onWrite(): Promise<RunOutcome>;
  /** Another job of the pane is under way. */
  disabled: boolean;
}

type Selection =
  | { kind: "greeting"; key: string; partner: string }
  | { kind: "event"; key: string; template: LetterTemplateId | null };

type Status = { intent: "success" | "error" | "info"; text: string } | null;

const greetingKey = (g: GreetingRow) => `g|${g.kind}|${g.date}|${g.festival ?? g.partners.join("|")}`;
const eventKey = (e: EventToAnswer) => `e|${e.at.sheet}|${e.at.row}`;

/**
 * 第十一条 in the pane: the greetings due in the window (festivals and anniversaries, with the
 * partners to greet), the events that still need an answer, and a draft letter for the row picked,
 * to copy or to download as .docx. Also writes the 节日问候 sheet and offers the calendar file.
 * Every value from the workbook is rendered as React text, never as HTML.
 */
export function GreetingsView({ analysis, lang, onWrite, disabled }: GreetingsViewProps) {
  const styles = useStyles();
  const common = viewStyles();
  const t = taskpaneText(lang);
  const calendarId = useId("greetings-calendar");
  const eventsId = useId("greetings-events");

  const [rows, setRows] = useState<GreetingRow[] | null>(null);
  const [letters, setLetters] = useState<Letters | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    let live = true;
    Promise.all([loadCalendar(), loadLetters()])
      .then(([{ greetingsCalendar }, letters]) => {
        if (!live) return;
        setLoadFailed(false);
        setLetters(() => letters);
        setRows(greetingsCalendar(analysis, { lang }));
      })
      .catch(() => live && setLoadFailed(true));
    return () => {
      live = false;
    };
  }, [analysis, lang]);

  const events = useMemo(() => eventsToAnswer(analysis), [analysis]);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [busy, setBusy] = useState<"write" | "ics" | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const context: DraftContext = { today: analysis.today, lang, settings: analysis.settings };
  const selectedGreeting =
    selection?.kind === "greeting" ? rows?.find((g) => greetingKey(g) === selection.key) : undefined;
  const selectedEvent = selection?.kind === "event" ? events.find((e) => eventKey(e) === selection.key) : undefined;

  const write = async () => {
    if (disabled || busy) return;
    setBusy("write");
    setStatus(null);
    try {
      const outcome = await onWrite();
      const sheet = outcome.plan?.sheets[0]?.name ?? SHEET_NAMES.greetings[lang];
      setStatus({ intent: "success", text: t("greetings.written", { sheet, count: rows?.length ?? 0 }) });
    } catch (error) {
      const failure = classifyExcelError(error);
      setStatus({
        intent: "error",
        text: fill(EXCEL_ERROR_MESSAGES[failure.problem][lang], { code: failure.code ?? "" }),
      });
    } finally {
      setBusy(null);
    }
  };

  const downloadIcs = async () => {
    if (busy) return;
    setBusy("ics");
    setStatus(null);
    try {
      const { calendarIcs, calendarEvents, calendarInputOf } = await loadIcs();
      const input = calendarInputOf(analysis, lang);
      const text = calendarIcs(input);
      const file = safeFileName(`${CALENDAR_TEXT.calendarName[lang]}-${analysis.today}.ics`);
      downloadBlob(new Blob([text], { type: ICS_MIME }), file);
      setStatus({ intent: "success", text: t("greetings.icsSaved", { file, count: calendarEvents(input).length }) });
    } catch (error) {
      setStatus({ intent: "error", text: t("greetings.downloadFailed", { reason: reasonOf(error) }) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={common.view}>
      <Subtitle2 as="h2" className={common.flat}>
        {t("tab.greetings")}
      </Subtitle2>
      <Body1 as="p" className={common.flat}>
        {t("greetings.intro", { days: analysis.settings.greetingWindowDays, lead: analysis.settings.greetingLeadDays })}
      </Body1>
      <div className={styles.actions}>
        <Button icon={<TableEditRegular />} disabledFocusable={disabled || busy !== null} onClick={() => void write()}>
          {t("greetings.writeSheet")}
        </Button>
        <Button
          icon={<CalendarArrowDownRegular />}
          disabledFocusable={busy !== null}
          onClick={() => void downloadIcs()}
        >
          {t("greetings.downloadIcs")}
        </Button>
      </div>
      <div aria-live="polite">
        {busy === "write" && <Spinner size="tiny" labelPosition="after" label={t("greetings.writing")} />}
        {status && (
          <MessageBar intent={status.intent} layout="multiline">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      <Subtitle2 as="h3" id={calendarId} className={common.flat}>
        {t("greetings.calendar")}
      </Subtitle2>
      {loadFailed ? (
        <Body1 as="p" role="alert" className={common.flat}>
          {t("greetings.loadFailed")}
        </Body1>
      ) : rows === null || letters === null ? (
        <Spinner size="tiny" labelPosition="after" label={t("greetings.loading")} />
      ) : rows.length === 0 ? (
        <Body1 as="p" className={common.flat}>
          {t("greetings.calendarEmpty", { days: analysis.settings.greetingWindowDays })}
        </Body1>
      ) : (
        <CalendarTable
          rows={rows}
          lang={lang}
          t={t}
          today={analysis.today}
          labelledBy={calendarId}
          selectedKey={selection?.kind === "greeting" ? selection.key : null}
          onPick={(g) => setSelection({ kind: "greeting", key: greetingKey(g), partner: g.partners[0] ?? "" })}
        />
      )}

      <Subtitle2 as="h3" id={eventsId} className={common.flat}>
        {t("greetings.events")}
      </Subtitle2>
      {letters === null ? null : events.length === 0 ? (
        <Body1 as="p" className={common.flat}>
          {t("greetings.eventsEmpty")}
        </Body1>
      ) : (
        <EventsTable
          events={events}
          letters={letters}
          lang={lang}
          t={t}
          labelledBy={eventsId}
          selectedKey={selection?.kind === "event" ? selection.key : null}
          onPick={(e) => setSelection({ kind: "event", key: eventKey(e), template: e.template })}
        />
      )}

      {letters && (
        <DraftPanel
          letters={letters}
          t={t}
          context={context}
          greeting={selectedGreeting}
          partner={selection?.kind === "greeting" ? selection.partner : ""}
          event={selectedEvent}
          template={selection?.kind === "event" ? selection.template : null}
          onPartner={(partner) => setSelection((s) => (s?.kind === "greeting" ? { ...s, partner } : s))}
          onTemplate={(template) => setSelection((s) => (s?.kind === "event" ? { ...s, template } : s))}
        />
      )}
    </div>
  );
}

interface TableProps<T> {
  lang: Lang;
  t: Translate;
  labelledBy: string;
  selectedKey: string | null;
  onPick(row: T): void;
}

function CalendarTable({
  rows,
  today,
  lang,
  t,
  labelledBy,
  selectedKey,
  onPick,
}: TableProps<GreetingRow> & { rows: GreetingRow[]; today: string }) {
  const styles = useStyles();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <table aria-labelledby={labelledBy} className={styles.table}>
      <HeaderRow
        className={head}
        labels={(["date", "sendBy", "occasion", "kind", "partners"] as const).map((k) => GREETINGS_HEADERS[k][lang])}
      />
      <tbody>
        {rows.map((g) => {
          const key = greetingKey(g);
          const selected = key === selectedKey;
          const late = g.sendBy < today;
          // An anniversary's label names its partner: several rows may read 结好10周年.
          const who = g.kind === "anniversary" ? ` ${g.partners.join(GREETINGS_HEADERS.separator[lang])}` : "";
          return (
            <tr key={key} className={selected ? styles.selected : undefined} data-kind={g.kind}>
              <td className={mergeClasses(styles.cell, styles.date)}>{g.date}</td>
              <td className={mergeClasses(styles.cell, styles.date, late && styles.late)}>
                {g.sendBy}
                {late && <Caption1 block>{t("greetings.late")}</Caption1>}
              </td>
              <th scope="row" className={styles.cell}>
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.pick}
                  aria-pressed={selected}
                  aria-label={t("greetings.selectGreeting", { occasion: g.occasion, date: g.date, who })}
                  onClick={() => onPick(g)}
                >
                  {g.occasion}
                </Button>
                {g.tenth && (
                  <>
                    <span className={styles.star} aria-hidden="true" title={t("greetings.tenth")}>
                      {GREETINGS_HEADERS.tenthMark[lang]}
                    </span>
                    <span className={styles.visuallyHidden}>{t("greetings.tenth")}</span>
                  </>
                )}
              </th>
              <td className={styles.cell}>{GREETING_KIND_LABELS[g.kind][lang]}</td>
              <td className={styles.cell}>
                {g.partners.length > 1 ? (
                  <details>
                    <summary className={styles.summary}>
                      {t("greetings.partnerCount", { count: g.partners.length })}
                    </summary>
                    {g.partners.join(GREETINGS_HEADERS.separator[lang])}
                  </details>
                ) : (
                  g.partners[0]
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function EventsTable({
  events,
  letters,
  lang,
  t,
  labelledBy,
  selectedKey,
  onPick,
}: TableProps<EventToAnswer> & { events: EventToAnswer[]; letters: Letters }) {
  const styles = useStyles();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <table aria-labelledby={labelledBy} className={styles.table}>
      <HeaderRow
        className={head}
        labels={(["date", "partner", "what", "letter"] as const).map((k) => t(`greetings.event.${k}`))}
      />
      <tbody>
        {events.map((e) => {
          const key = eventKey(e);
          const selected = key === selectedKey;
          return (
            <tr key={key} className={selected ? styles.selected : undefined}>
              <td className={mergeClasses(styles.cell, styles.date)}>
                {e.date ?? t("greetings.event.noDate")}
                {e.daysSince !== null && (
                  <Caption1 block>{t("greetings.event.daysAgo", { days: e.daysSince })}</Caption1>
                )}
              </td>
              <td className={styles.cell}>{e.partner}</td>
              <th scope="row" className={styles.cell}>
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.pick}
                  aria-pressed={selected}
                  aria-label={t("greetings.selectEvent", { partner: e.partner, event: e.eventType || e.occasion })}
                  onClick={() => onPick(e)}
                >
                  {e.eventType || e.occasion}
                </Button>
                {e.details && e.details !== e.eventType && <Caption1 block>{e.details}</Caption1>}
              </th>
              <td className={styles.cell}>
                {e.letterKind ? letters.LETTER_TEXT[`kind.${e.letterKind}`][lang] : t("greetings.event.noSuggestion")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface DraftPanelProps {
  letters: Letters;
  t: Translate;
  context: DraftContext;
  greeting: GreetingRow | undefined;
  partner: string;
  event: EventToAnswer | undefined;
  template: LetterTemplateId | null;
  onPartner(partner: string): void;
  onTemplate(template: LetterTemplateId | null): void;
}

function DraftPanel({
  letters,
  t,
  context,
  greeting,
  partner,
  event,
  template,
  onPartner,
  onTemplate,
}: DraftPanelProps) {
  const styles = useStyles();
  const common = viewStyles();
  const headingId = useId("greetings-draft");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState(false);

  const letter: Letter | null = greeting
    ? letters.draftForGreeting(greeting, partner, context)
    : event
      ? letters.draftForEvent(event, context, template)
      : null;
  const subject = greeting
    ? { occasion: greeting.occasion, partner }
    : event
      ? { occasion: event.occasion, partner: event.partner }
      : null;

  // A new letter, a new status: reset while rendering, as React advises for state that follows a prop.
  const text = letter?.text ?? "";
  const [statusFor, setStatusFor] = useState(text);
  if (statusFor !== text) {
    setStatusFor(text);
    setStatus(null);
  }

  const copy = async () => {
    if (!letter) return;
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(letter.text);
      setStatus({ intent: "success", text: t("greetings.copied") });
    } catch {
      textRef.current?.focus();
      textRef.current?.select();
      setStatus({ intent: "info", text: t("greetings.copyFallback") });
    }
  };

  const downloadDocx = async () => {
    if (!letter || saving) return;
    setSaving(true);
    try {
      const { letterDocx, letterFileName, DOCX_MIME } = await loadDocx();
      const bytes = await letterDocx(letter);
      const file = letterFileName(letter);
      downloadBlob(new Blob([bytes.slice()], { type: DOCX_MIME }), file);
      setStatus({ intent: "success", text: t("greetings.docxSaved", { file }) });
    } catch (error) {
      setStatus({ intent: "error", text: t("greetings.downloadFailed", { reason: reasonOf(error) }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.draft}>
      <Subtitle2 as="h3" id={headingId} className={common.flat}>
        {t("greetings.draft")}
      </Subtitle2>
      {!subject ? (
        <Body1 as="p" className={common.flat}>
          {t("greetings.draftNone")}
        </Body1>
      ) : (
        <>
          <Body1 as="p" className={common.flat} data-testid="draft-subject">
            {t("greetings.draftFor", subject)}
          </Body1>
          {greeting && greeting.partners.length > 1 && (
            <Field label={t("greetings.recipient")}>
              <Select value={partner} onChange={(_, data) => onPartner(data.value)}>
                {greeting.partners.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {event && !event.template && (
            <Field label={t("greetings.template")} hint={t("greetings.templateNeeded")}>
              <Select
                value={template ?? ""}
                onChange={(_, data) => onTemplate((data.value || null) as LetterTemplateId | null)}
              >
                <option value="">{t("greetings.templateChoose")}</option>
                {LETTER_TEMPLATE_IDS.map((id) => (
                  <option key={id} value={id}>
                    {t(`template.${id}`)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {letter && (
            <>
              <Field label={t("greetings.text")}>
                <Textarea
                  ref={textRef}
                  readOnly
                  resize="vertical"
                  rows={18}
                  value={letter.text}
                  textarea={{ className: styles.text }}
                />
              </Field>
              <div className={styles.actions}>
                <Button icon={<CopyRegular />} onClick={() => void copy()}>
                  {t("greetings.copy")}
                </Button>
                <Button
                  icon={<DocumentArrowDownRegular />}
                  disabledFocusable={saving}
                  onClick={() => void downloadDocx()}
                >
                  {t("greetings.downloadDocx")}
                </Button>
              </div>
            </>
          )}
          <div aria-live="polite">
            {status && (
              <MessageBar intent={status.intent} layout="multiline">
                <MessageBarBody>{status.text}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <Caption1 as="p" className={mergeClasses(common.flat, common.muted)}>
            {t("greetings.nothingSent")}
          </Caption1>
        </>
      )}
    </section>
  );
}

/** An error's name only (never its stack), for the "could not be made" message. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.name : "Error";
}

/** A table's column headers. */
function HeaderRow({ labels, className }: { labels: string[]; className: string }) {
  return (
    <thead>
      <tr>
        {labels.map((label) => (
          <th key={label} scope="col" className={className}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
