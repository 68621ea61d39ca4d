// Preloaded into the command the bench runs (node --require): on exit, the process's own peak
// resident set in kilobytes, as the last line of standard error, for bench/run.ts to read.
process.on("exit", () => {
  process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
