import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the views. */
export const viewStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  flat: { margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});
