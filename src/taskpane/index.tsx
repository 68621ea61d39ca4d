import { StrictMode, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { Body1, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { createPreferences } from "./preferences";
import { chooseHost, type HostChoice } from "../host/chooseHost";
import type { Lang } from "../core/model";
import { fromLocalDate } from "../core/dates/isoDate";
import { langOf } from "../core/i18n/format";
import { EXCEL_ERROR_MESSAGES } from "../core/i18n/errors";

/**
 * The task pane's page: finds the office it runs in (WPS 表格 or Excel, see chooseHost), then
 * renders the pane over that office's services. Opened outside both, it says so instead of failing.
 */
function Root({
  services: makeServices,
  initialLang,
  partition,
}: {
  services: HostChoice["services"];
  initialLang: Lang;
  partition: string;
}) {
  const preferences = useMemo(() => createPreferences(partition), [partition]);
  const [lang, setLang] = useState<Lang>(() => preferences.lang() ?? initialLang);
  const services = useMemo(
    () => (makeServices ? makeServices({ lang, today: () => fromLocalDate(new Date()) }) : null),
    [makeServices, lang],
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
  const { services, displayLanguage, partition } = await chooseHost();
  const container = document.getElementById("container");
  if (!container) throw new Error('taskpane.html has no <div id="container">');
  createRoot(container).render(
    <StrictMode>
      <Root services={services} initialLang={langOf(displayLanguage)} partition={partition} />
    </StrictMode>,
  );
}

void main();
