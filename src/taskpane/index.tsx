import { StrictMode, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { Body1, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { createPreferences } from "./preferences";
import { addinServices } from "../excel-host/addinServices";
import type { ExcelRun } from "../excel-host/excelRun";
import type { Lang } from "../core/model";
import { fromLocalDate } from "../core/dates/isoDate";
import { langOf } from "../core/i18n/format";
import { EXCEL_ERROR_MESSAGES } from "../core/i18n/errors";

/**
 * The task pane's page: waits for office.js, then renders the pane over services built on
 * Excel.run. Opened outside Excel (office.js missing, or Office.onReady without a host), it says
 * so instead of failing.
 */
interface Ready {
  /** Excel.run, or null when the page is not inside Excel. */
  run: ExcelRun | null;
  displayLanguage: string | undefined;
  /** Office's localStorage partition (Office on the web), or "". */
  partition: string;
}

async function officeReady(): Promise<Ready> {
  if (typeof Office === "undefined") return { run: null, displayLanguage: navigator.language, partition: "" };
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel && typeof Excel !== "undefined";
  // Outside Office, Office.context has no displayLanguage.
  const displayLanguage = Office.context?.displayLanguage ?? navigator.language;
  const partition = Office.context?.partitionKey ?? "";
  return { run: inExcel ? (((batch) => Excel.run(batch)) as ExcelRun) : null, displayLanguage, partition };
}

function Root({ run, initialLang, partition }: { run: ExcelRun | null; initialLang: Lang; partition: string }) {
  const preferences = useMemo(() => createPreferences(partition), [partition]);
  const [lang, setLang] = useState<Lang>(() => preferences.lang() ?? initialLang);
  const services = useMemo(
    () => (run ? addinServices(run, { lang, today: () => fromLocalDate(new Date()) }) : null),
    [run, lang],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <FluentProvider theme={webLightTheme}>
      {services ? (
        <App
          services={services}
          lang={lang}
          onLangChange={(next) => {
            preferences.setLang(next);
            setLang(next);
          }}
        />
      ) : (
        <main style={{ padding: 16 }}>
          <Body1 as="p" role="alert">
            {EXCEL_ERROR_MESSAGES["no-excel"][lang]}
          </Body1>
        </main>
      )}
    </FluentProvider>
  );
}

async function main(): Promise<void> {
  const { run, displayLanguage, partition } = await officeReady();
  const container = document.getElementById("container");
  if (!container) throw new Error('taskpane.html has no <div id="container">');
  createRoot(container).render(
    <StrictMode>
      <Root run={run} initialLang={langOf(displayLanguage)} partition={partition} />
    </StrictMode>,
  );
}

void main();
