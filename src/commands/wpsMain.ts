/**
 * The WPS add-in's entry page (index.html in the folder WPS loads): WPS opens it when WPS 表格
 * starts and calls the ribbon's callbacks (ribbon.xml) as functions of its `window`.
 */
import { langOf } from "../core/i18n/format";
import { todayIso } from "../core/dates/isoDate";
import { TASKPANE_MESSAGES } from "../core/i18n/taskpane";
import { wpsApplication } from "../host/chooseHost";
import { wpsAddinServices } from "../wps-host/addinServices";
import { createPreferences } from "../taskpane/preferences";
import { wpsRibbon, type WpsAddinApi } from "./wpsRibbon";

const app = wpsApplication();
if (app) {
  // The pane's language choice, kept by the pane in this origin's storage, or the system's.
  const lang = () => createPreferences().lang() ?? langOf(navigator.language);
  const ribbon = wpsRibbon({
    app: app as unknown as WpsAddinApi,
    services: () => wpsAddinServices(app, { lang: lang(), today: () => todayIso() }),
    lang,
    paneUrl: new URL("taskpane.html", location.href).href,
    paneTitle: (l) => TASKPANE_MESSAGES.title[l],
    tell: (outcome) => alert(outcome.message),
  });
  Object.assign(window, {
    OnAddinLoad: ribbon.OnAddinLoad,
    // WPS wants the callback's answer at once; the work goes on after it.
    OnAction: (control: { Id: string }) => {
      void ribbon.OnAction(control);
      return true;
    },
    GetImage: ribbon.GetImage,
  });
}
