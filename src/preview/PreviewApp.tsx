import { useCallback, useMemo, useRef, useState, type ChangeEvent, type ReactElement } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  CalendarLtrRegular,
  DismissRegular,
  DocumentTextRegular,
  HighlightRegular,
  PanelRightRegular,
} from "@fluentui/react-icons";
import type { Lang } from "../core/model";
import type { IsoDate } from "../core/dates/isoDate";
import { fill } from "../core/i18n/format";
import { PREVIEW_STRINGS as S } from "../core/i18n/preview";
import { dateToSerial } from "../excel-fake/cellInput";
import { App } from "../taskpane/components/App";
import { RIBBON_ACTIONS, type RibbonFunction, type RibbonOutcome } from "../commands/ribbonActions";
import type { MadeDocument } from "../commands/yearReportFile";
import { DOCX_MIME, downloadBlob } from "../taskpane/components/download";
import { Grid } from "./Grid";
import type { PreviewHost } from "./previewHost";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#217346",
    color: "#fff",
  },
  headerText: { color: "#fff" },
  spacer: { flex: 1 },
  file: { color: "#fff", fontSize: tokens.fontSizeBase200 },
  ribbon: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalM}`,
  },
  ribbonTab: { fontWeight: tokens.fontWeightSemibold, color: "#217346", paddingRight: tokens.spacingHorizontalS },
  body: { display: "flex", flex: 1, minHeight: 0 },
  pane: {
    width: "380px",
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: 0,
  },
  paneHead: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  paneBody: { flex: 1, overflowY: "auto" },
});

interface PreviewAppProps {
  /** The in-memory office the add-in runs on: Excel, or WPS 表格 (?host=wps). */
  host: PreviewHost;
  /** Name of the workbook shown (the bundled sample or the user's file). */
  workbookName: string;
  initialLang: Lang;
  today: IsoDate;
  onOpenFile: (file: File) => void;
  onLangChange?: (lang: Lang) => void;
}

const RIBBON_BUTTONS: { name: RibbonFunction; label: keyof typeof S; icon: ReactElement }[] = [
  { name: "showYearEndSummary", label: "yearEndSummary", icon: <CalendarLtrRegular /> },
  { name: "writeHighlights", label: "writeHighlights", icon: <HighlightRegular /> },
  { name: "makeDrafts", label: "makeDrafts", icon: <DocumentTextRegular /> },
];

/** The preview: a ribbon bar, the workbook as a grid, and the real task pane, all on one in-memory office. */
export function PreviewApp({ host, workbookName, initialLang, today, onOpenFile, onLangChange }: PreviewAppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [version, setVersion] = useState(0);
  const [paneOpen, setPaneOpen] = useState(true);
  const [busy, setBusy] = useState<RibbonFunction | null>(null);
  const [outcome, setOutcome] = useState<RibbonOutcome | null>(null);
  /** The documents the outcome offers, once made; a later press drops an earlier one's. */
  const [documents, setDocuments] = useState<MadeDocument[]>([]);
  const pressed = useRef(0);

  // Every run on the host (task pane or ribbon) redraws the grid when it ends, whatever its result.
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const services = useMemo(() => host.services({ lang, today: () => today }, changed), [host, changed, lang, today]);

  const changeLang = useCallback(
    (next: Lang) => {
      setLang(next);
      onLangChange?.(next);
    },
    [onLangChange],
  );

  const press = async (name: RibbonFunction) => {
    setBusy(name);
    setOutcome(null);
    setDocuments([]);
    const run = ++pressed.current;
    try {
      const result = await RIBBON_ACTIONS[name](services, lang);
      setOutcome(result);
      void result.documents?.().then((docs) => {
        if (run === pressed.current) setDocuments(docs);
      });
    } finally {
      setBusy(null);
    }
  };

  // A tab click activates the sheet through the host, as any other change, and the grid is redrawn.
  const selectSheet = (name: string) => {
    void host.activate(name).finally(changed);
  };

  const chooseFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) onOpenFile(file);
    e.target.value = "";
  };

  return (
    <div className={styles.page}>
      {/* Title bar, ribbon and the ribbon's outcome: the page's banner (axe: all content in landmarks). */}
      <header>
        <div className={styles.header}>
          <Subtitle2 as="h1" className={styles.headerText}>
            {S.title[lang]}
          </Subtitle2>
          <Text size={200} className={styles.headerText}>
            {S.subtitle[lang]}
          </Text>
          <span className={styles.spacer} />
          <Text size={200} className={styles.headerText} data-testid="today">
            {fill(S.today[lang], { today })}
          </Text>
          <Text size={200} className={styles.headerText}>
            {fill(S.workbook[lang], { name: workbookName })}
          </Text>
          <label className={styles.file}>
            {S.chooseFile[lang]}{" "}
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={chooseFile}
            />
          </label>
          {/* The visible word is the name (axe label-content-name-mismatch); what it does is its title. */}
          <Button
            size="small"
            title={S.languageLabel[lang]}
            lang={lang === "zh-CN" ? "en-US" : "zh-CN"}
            onClick={() => changeLang(lang === "zh-CN" ? "en-US" : "zh-CN")}
          >
            {S.language[lang]}
          </Button>
        </div>

        <div className={styles.ribbon}>
          <Toolbar aria-label={S.ribbon[lang]} size="medium">
            <Text className={styles.ribbonTab}>{S.ribbonTab[lang]}</Text>
            <ToolbarDivider />
            <ToolbarButton
              icon={<PanelRightRegular />}
              aria-pressed={paneOpen}
              onClick={() => setPaneOpen(true)}
              data-ribbon="openTaskPane"
            >
              {S.openTaskPane[lang]}
            </ToolbarButton>
            {RIBBON_BUTTONS.map(({ name, label, icon }) => (
              <ToolbarButton
                key={name}
                icon={busy === name ? <Spinner size="extra-tiny" /> : icon}
                disabled={busy !== null}
                onClick={() => void press(name)}
                data-ribbon={name}
              >
                {S[label][lang]}
              </ToolbarButton>
            ))}
          </Toolbar>
        </div>

        {/* What Excel's outcome dialog (commands.ts, outcome.html) would show. */}
        <div role="status" aria-live="polite" data-testid="ribbon-outcome">
          {busy ? (
            <MessageBar intent="info">
              <MessageBarBody>{S.running[lang]}</MessageBarBody>
            </MessageBar>
          ) : outcome ? (
            <MessageBar intent={outcome.ok ? "success" : "error"} data-ok={outcome.ok ? "1" : "0"}>
              <MessageBarBody>{outcome.message}</MessageBarBody>
              {/* What the outcome dialog offers in Excel (outcome.ts): the documents to save. */}
              {documents.map((doc) => (
                <Button
                  key={doc.fileName}
                  size="small"
                  onClick={() => downloadBlob(new Blob([doc.bytes.slice()], { type: DOCX_MIME }), doc.fileName)}
                >
                  {doc.label}
                </Button>
              ))}
              <Button
                appearance="transparent"
                size="small"
                icon={<DismissRegular />}
                aria-label={S.dismiss[lang]}
                onClick={() => setOutcome(null)}
              />
            </MessageBar>
          ) : null}
        </div>
      </header>

      <div className={styles.body}>
        <Grid
          state={host.state}
          version={version}
          todaySerial={serialOf(today)}
          lang={lang}
          onSelectSheet={selectSheet}
        />
        {paneOpen ? (
          <aside className={styles.pane} aria-label={S.taskPane[lang]} data-testid="taskpane">
            <div className={styles.paneHead}>
              <Text weight="semibold">{S.ribbonTab[lang]}</Text>
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissRegular />}
                aria-label={S.closeTaskPane[lang]}
                onClick={() => setPaneOpen(false)}
              />
            </div>
            <div className={styles.paneBody} data-testid="taskpane-app">
              <App services={services} lang={lang} onLangChange={changeLang} />
            </div>
          </aside>
        ) : null}
      </div>
    </div>
  );
}

function serialOf(today: IsoDate): number {
  return dateToSerial(Number(today.slice(0, 4)), Number(today.slice(5, 7)), Number(today.slice(8, 10)));
}
