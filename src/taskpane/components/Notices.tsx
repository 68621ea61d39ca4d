import { useRef } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Lang } from "../../core/model";
import { excelErrorText, incompleteNoticeText } from "../../core/i18n/errors";
import { taskpaneText } from "../../core/i18n/taskpane";
import { canRetry, type Job, type JobKind, type Notice } from "../useRunner";

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

interface NoticesProps {
  lang: Lang;
  busy: JobKind | null;
  notice: Notice | null;
  /** The add-in's sheets an earlier run left half-written, as the last run found the workbook. */
  incomplete: readonly string[];
  onRetry(job: Job): void;
  onDismiss(): void;
}

/**
 * The state of the run, in one polite live region: a spinner while a job works, then its outcome
 * as a message bar — what was written, or Excel's refusal in words with Retry where trying again
 * can help. Never an error's stack or message text from Excel. Above them, as long as the workbook
 * names sheets an earlier run left half-written, a warning with their names and what mends them.
 */
export function Notices({ lang, busy, notice, incomplete, onRetry, onDismiss }: NoticesProps) {
  const styles = useStyles();
  const t = taskpaneText(lang);
  const region = useRef<HTMLDivElement>(null);
  // The dismissed message takes its button with it: the focus goes back to the control before
  // the notices (the last action), not to the page's body, where a keyboard user would lose their place.
  const dismiss = () => {
    if (region.current?.contains(document.activeElement)) previousFocusable(region.current)?.focus();
    onDismiss();
  };
  return (
    <div ref={region} aria-live="polite" className={styles.region}>
      {incomplete.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("outcome.incomplete")}</MessageBarTitle>
            <span>{incompleteNoticeText(incomplete, lang)}</span>
          </MessageBarBody>
        </MessageBar>
      )}
      {busy && <Spinner size="tiny" labelPosition="after" label={t(`busy.${busy}`)} />}
      {notice?.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("outcome.success")}</MessageBarTitle>
            <span>{t(`done.${notice.job}`, notice.data)}</span>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={t("dismiss")} icon={<DismissRegular />} onClick={dismiss} />
            }
          />
        </MessageBar>
      )}
      {notice?.kind === "failure" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("outcome.error")}</MessageBarTitle>
            <span>{excelErrorText(notice.failure, lang)}</span>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={t("dismiss")} icon={<DismissRegular />} onClick={dismiss} />
            }
          >
            {canRetry(notice.failure) && <Button onClick={() => onRetry(notice.job)}>{t("retry")}</Button>}
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

/** The last focusable element before `container` in document order (tabster's dummy bumpers aside). */
function previousFocusable(container: HTMLElement): HTMLElement | null {
  const candidates = container.ownerDocument.querySelectorAll<HTMLElement>(
    "button, [href], input, select, textarea, summary, [tabindex]",
  );
  let found: HTMLElement | null = null;
  for (const el of candidates) {
    if (!(container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)) break;
    if (el.tabIndex >= 0 && !el.hasAttribute("data-tabster-dummy") && !(el as HTMLButtonElement).disabled) found = el;
  }
  return found;
}
