import { useEffect, useMemo, useState } from "react";
import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2, useId } from "@fluentui/react-components";
import { CalendarArrowDownRegular, TableEditRegular } from "@fluentui/react-icons";
import type { Analysis, Lang } from "../../core/model";
import type { GreetingRow } from "../../core/greetings/greetingsCalendar";
import { CALENDAR_TEXT } from "../../core/i18n/greetings";
import { SHEET_NAMES } from "../../core/i18n/sheets";
import { excelErrorText } from "../../core/i18n/errors";
import { taskpaneText } from "../../core/i18n/taskpane";
import { eventsToAnswer } from "../../core/letters/eventsToAnswer";
import type { DraftContext } from "../../core/letters/draftFor";
import type { LetterTemplateId } from "../../core/letters/letterTemplates";
import { classifyExcelError } from "../../excel-host/excelErrors";
import type { RunOutcome } from "../../host/services";
import { ICS_MIME, downloadBlob, safeFileName } from "./download";
import { viewStyles } from "./viewStyles";
import { CalendarTable } from "./greetings/CalendarTable";
import { DraftPanel } from "./greetings/DraftPanel";
import { EventsTable } from "./greetings/EventsTable";
import { useGreetingsStyles } from "./greetings/greetingsStyles";
import { loadCalendar, loadIcs, loadLetters, type Letters } from "./greetings/loaders";
import { eventKey, greetingKey, reasonOf, type Status } from "./greetings/rowKeys";

interface GreetingsViewProps {
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

/**
 * 第十一条 in the pane: the greetings due in the window (festivals and anniversaries, with the
 * partners to greet), the events that still need an answer, and a draft letter for the row picked,
 * to copy or to download as .docx. Also writes the 节日问候 sheet and offers the calendar file.
 * Every value from the workbook is rendered as React text, never as HTML.
 */
export function GreetingsView({ analysis, lang, onWrite, disabled }: GreetingsViewProps) {
  const styles = useGreetingsStyles();
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
        text: excelErrorText(failure, lang),
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
