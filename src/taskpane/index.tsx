import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { pickLocale, strings } from "./strings";

/** Waits for office.js when the page has it (in Office or a plain browser); without it renders at once. */
async function officeReady(): Promise<string | undefined> {
  if (typeof Office === "undefined") return undefined;
  await Office.onReady();
  // Outside Office, Office.context has no displayLanguage.
  return Office.context?.displayLanguage;
}

async function main(): Promise<void> {
  const displayLanguage = await officeReady();
  const locale = pickLocale(displayLanguage ?? navigator.language);
  document.documentElement.lang = locale;
  const container = document.getElementById("container");
  if (!container) throw new Error('taskpane.html has no <div id="container">');
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App strings={strings[locale]} />
      </FluentProvider>
    </StrictMode>,
  );
}

void main();
