import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Tab,
  TabList,
  Title2,
  makeStyles,
  tokens,
  useId,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, CalendarLtrRegular, DeleteRegular, TableEditRegular } from "@fluentui/react-icons";
import type { AddinServices } from "../../host/services";
import type { CellRef, Lang } from "../../core/model";
import { taskpaneText } from "../../core/i18n/taskpane";
import { useRunner } from "../useRunner";
import { Notices } from "./Notices";
import { OverviewView } from "./OverviewView";
import { FindingsView } from "./FindingsView";
import { EligibilityView } from "./EligibilityView";
import { DocxButton } from "./DocxButton";
/**
 * The settings and greetings views are chunks of their own, loaded when first opened: the pane's
 * first load stays within its budget (200 KB gzip) with the overview it opens on.
 */
const SettingsView = lazy(() => import("./SettingsView").then((m) => ({ default: m.SettingsView })));
const GreetingsView = lazy(() => import("./GreetingsView").then((m) => ({ default: m.GreetingsView })));
import { writeStoredSettings } from "../../core/storedSettings";

const TABS = ["overview", "findings", "eligibility", "greetings", "settings"] as const;
type TabId = (typeof TABS)[number];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  flat: { margin: 0 },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  panel: { minWidth: 0 },
  // Five tabs do not fit a narrow pane in English: they wrap rather than run past its edge.
  tabs: { flexWrap: "wrap" },
});

interface AppProps {
  /** The one door to the workbook: every Excel call of the pane goes through these. */
  services: AddinServices;
  lang: Lang;
  /** Offered in the settings when given (the host remembers the choice per user). */
  onLangChange?: (lang: Lang) => void;
}

/**
 * The task pane: four actions on the workbook, the state of the run, and four views of the last
 * check (overview, findings, eligibility, settings). It checks the workbook once when it opens.
 */
export function App({ services, lang, onLangChange }: AppProps) {
  const styles = useStyles();
  const t = useMemo(() => taskpaneText(lang), [lang]);
  const runner = useRunner(services);
  const { run, busy, outcome } = runner;
  const [tab, setTab] = useState<TabId>("overview");
  const [confirming, setConfirming] = useState(false);
  // The confirmation is opened without a DialogTrigger: this marks its button as where focus returns.
  const restoreFocus = useRestoreFocusTarget();
  const idBase = useId("pane");
  const tabId = (id: TabId) => `${idBase}-tab-${id}`;
  const panelId = `${idBase}-panel`;

  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run({ kind: "check" });
  }, [run]);

  const working = busy !== null;

  const view = (() => {
    if (!outcome)
      return (
        <Body1 as="p" className={styles.flat}>
          {t("notChecked")}
        </Body1>
      );
    const goTo = (at: CellRef) => void run({ kind: "select", at: { sheet: at.sheet, row: at.row, column: at.column } });
    switch (tab) {
      case "overview":
        return <OverviewView analysis={outcome.analysis} lang={lang} onSelect={goTo} disabled={working} />;
      case "findings":
        return <FindingsView analysis={outcome.analysis} lang={lang} onSelect={goTo} disabled={working} />;
      case "eligibility":
        return <EligibilityView analysis={outcome.analysis} lang={lang} onSelect={goTo} disabled={working} />;
      case "greetings":
        return (
          <GreetingsView
            analysis={outcome.analysis}
            lang={lang}
            onWrite={() => services.write("greetings")}
            disabled={working}
          />
        );
      case "settings":
        return (
          <SettingsView
            key={writeStoredSettings(outcome.stored)}
            analysis={outcome.analysis}
            stored={outcome.stored}
            lang={lang}
            onLangChange={onLangChange}
            onSave={(stored) => void run({ kind: "save", stored })}
            disabled={working}
          />
        );
    }
  })();

  return (
    <div className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Title2 as="h1" className={styles.flat}>
          {t("title")}
        </Title2>
        <Caption1 as="p" className={styles.flat}>
          {t("subtitle")}
        </Caption1>
      </header>
      <main className={styles.main}>
        <div role="group" aria-label={t("actions")} className={styles.actions}>
          <Button
            appearance="primary"
            icon={<ArrowClockwiseRegular />}
            disabledFocusable={working}
            onClick={() => void run({ kind: "check" })}
          >
            {t("action.check")}
          </Button>
          <Button icon={<TableEditRegular />} disabledFocusable={working} onClick={() => void run({ kind: "write" })}>
            {t("action.write")}
          </Button>
          <Button
            icon={<CalendarLtrRegular />}
            disabledFocusable={working}
            onClick={() => void run({ kind: "summary" })}
          >
            {t("action.summary")}
          </Button>
          <Button
            icon={<DeleteRegular />}
            disabledFocusable={working}
            onClick={() => setConfirming(true)}
            {...restoreFocus}
          >
            {t("action.remove")}
          </Button>
          {outcome && (
            <DocxButton
              label={t("action.yearReport")}
              lang={lang}
              disabled={working}
              make={async () => (await import("../../core/documents/yearReport")).yearReport(outcome.analysis, lang)}
            />
          )}
        </div>

        <Notices
          lang={lang}
          busy={busy}
          notice={runner.notice}
          incomplete={outcome?.incomplete ?? []}
          onRetry={(job) => void run(job)}
          onDismiss={runner.dismiss}
        />

        <TabList
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
          aria-label={t("views")}
          size="small"
          className={styles.tabs}
        >
          {TABS.map((id) => (
            <Tab key={id} value={id} id={tabId(id)} aria-controls={panelId}>
              {t(`tab.${id}`)}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" id={panelId} aria-labelledby={tabId(tab)} className={styles.panel}>
          <Suspense
            fallback={
              <Body1 as="p" className={styles.flat}>
                {t("loading")}
              </Body1>
            }
          >
            {view}
          </Suspense>
        </div>
      </main>

      <Dialog open={confirming} modalType="alert" onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("confirm.remove.title")}</DialogTitle>
            <DialogContent>{t("confirm.remove.body")}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  void run({ kind: "remove" });
                }}
              >
                {t("confirm.remove.ok")}
              </Button>
              {/* Focus opens on Cancel: Enter pressed out of habit must not remove anything. */}
              <Button autoFocus onClick={() => setConfirming(false)}>
                {t("cancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
