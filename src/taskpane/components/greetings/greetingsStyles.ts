import { makeStyles, tokens } from "@fluentui/react-components";

/** The greetings view's own look: its tables, the picked row, the draft panel. */
export const useGreetingsStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  date: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  pick: {
    minWidth: 0,
    height: "auto",
    padding: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  star: { color: tokens.colorPaletteMarigoldForeground2, marginInlineStart: tokens.spacingHorizontalXXS },
  // Read by screen readers, not shown: the ★ beside it is only drawn.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  late: { color: tokens.colorPaletteDarkOrangeForeground1 },
  summary: { cursor: "pointer" },
  draft: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { fontFamily: tokens.fontFamilyBase, minHeight: "16rem" },
});
