import { useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
  mergeClasses,
  useId,
} from "@fluentui/react-components";
import { CopyRegular, DocumentArrowDownRegular } from "@fluentui/react-icons";
import type { GreetingRow } from "../../../core/greetings/greetingsCalendar";
import type { Translate } from "../../../core/i18n/taskpane";
import type { EventToAnswer } from "../../../core/letters/eventsToAnswer";
import type { Letter } from "../../../core/letters/draftLetter";
import type { DraftContext } from "../../../core/letters/draftFor";
import { LETTER_TEMPLATE_IDS, type LetterTemplateId } from "../../../core/letters/letterTemplates";
import { downloadBlob } from "../download";
import { viewStyles } from "../viewStyles";
import { useGreetingsStyles } from "./greetingsStyles";
import { loadDocx, type Letters } from "./loaders";
import { reasonOf, type Status } from "./rowKeys";

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

/** The draft letter for the row picked: to read, copy or download as .docx; nothing is sent. */
export function DraftPanel({
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
  const styles = useGreetingsStyles();
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
