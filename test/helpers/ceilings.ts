/**
 * Ceilings, not measures: how long a step may take before a test gives up on it. The tests run on machines shared
 * with other work (two full runs at once on two cores must pass), so the figures are far above what an idle machine
 * needs. Every test waits on the event itself (a process exiting, an element appearing), so it goes on as soon as
 * the event comes; a ceiling only decides how long a hung step is waited for. jest's own ceiling for any other test
 * is `testTimeout` in jest.config.js.
 */

/** One command run as a person runs it: tsx compiling src/ on the fly, then the work. */
export const COMMAND_MS = 180_000;

/** A test that runs `commands` commands one after the other, with room for its own work around them. */
export const withCommands = (commands: number): number => commands * COMMAND_MS + 60_000;

/** A wait in the DOM (testing-library's findBy and waitFor): a run on the in-memory host and the render after it. */
export const DOM_WAIT_MS = 90_000;

/** One step in the browser: chromium starting, a page loading, an element appearing after a click. */
export const BROWSER_STEP_MS = 120_000;

/** A browser test: a few steps, each under its own ceiling. */
export const BROWSER_TEST_MS = 5 * BROWSER_STEP_MS;

/** The production build (webpack over the whole add-in), for the test that makes it or waits for another's. */
export const BUILD_MS = 15 * 60_000;
