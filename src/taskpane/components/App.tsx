import { Body1, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { TaskpaneStrings } from "../strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  // h1 and p come with the browser's margins; the column's gap spaces them
  text: { margin: 0 },
});

export interface AppProps {
  strings: TaskpaneStrings;
}

/** Placeholder task pane: the add-in's title and a note that the real pane comes later. */
export function App({ strings }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1" className={styles.text}>{strings.title}</Title2>
      <Body1 as="p" className={styles.text}>{strings.comingLater}</Body1>
    </main>
  );
}
