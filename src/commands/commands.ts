/**
 * The ribbon's function file (commands.html): one handler per ExecuteFunction button of
 * manifest.xml. Placeholders for now; each handler must call event.completed() on every path,
 * or Office keeps the button busy.
 */

/** The FunctionName of every ExecuteFunction control in manifest.xml (test/manifest checks this). */
export const RIBBON_FUNCTIONS = ["showYearEndSummary", "writeHighlights"] as const;

export type RibbonFunction = (typeof RIBBON_FUNCTIONS)[number];

function placeholder(name: RibbonFunction) {
  return (event: Office.AddinCommands.Event): void => {
    try {
      console.info(`友城工作: ${name} comes in a later version.`);
    } finally {
      event.completed();
    }
  };
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    for (const name of RIBBON_FUNCTIONS) Office.actions.associate(name, placeholder(name));
  });
}
