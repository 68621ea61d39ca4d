import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Textarea,
  mergeClasses,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Analysis, Lang, Role } from "../../core/model";
import type { StoredSettings } from "../../core/storedSettings";
import { ROLES, ROLE_SPECS, type FieldId } from "../../core/detect/fields";
import { columnLetter } from "../../core/detect/mapping";
import { LANGS } from "../../core/i18n/format";
import { FIELD_LABELS, ROLE_LABELS } from "../../core/i18n/labels";
import { taskpaneText, type Translate } from "../../core/i18n/taskpane";
import {
  GREETING_NUMBER_FIELDS,
  LEVEL_CLASSES,
  NUMBER_FIELDS,
  defaultDraft,
  draftFrom,
  sheetDraft,
  templateEdited,
  templateErrorKey,
  toStored,
  type Draft,
  type DraftErrors,
  type SheetDraft,
} from "../settingsDraft";
import { viewStyles } from "./viewStyles";
import { FESTIVAL_IDS } from "../../core/greetings/festivalIds";
import { FESTIVAL_NAMES } from "../../core/i18n/greetings";
import { LETTER_TEMPLATE_IDS, type LetterTemplate, type LetterTemplateId } from "../../core/letters/letterTemplates";

/** The built-in letters, a chunk of their own, loaded when the section shows. */
const loadLetters = async () => ({
  builtInTemplate: (await import("../../core/letters/builtInTemplate")).builtInTemplate,
  LETTER_TEXT: (await import("../../core/i18n/letters")).LETTER_TEXT,
});
type Letters = Awaited<ReturnType<typeof loadLetters>>;

/** The placeholders a letter template may hold (draftLetter.ts). */
const PLACEHOLDERS = ["{partner}", "{addressee}", "{occasion}", "{occasionDate}", "{years}", "{sender}", "{date}"];

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  sheet: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  summary: {
    cursor: "pointer",
    padding: `${tokens.spacingVerticalXS} 0`,
    overflowWrap: "anywhere",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  sheetBody: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  columns: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(8.5rem, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: "8rem" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  error: { color: tokens.colorPaletteRedForeground1 },
  checks: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(7.5rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  check: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase300,
  },
});

interface SettingsViewProps {
  analysis: Analysis;
  stored: StoredSettings;
  lang: Lang;
  onLangChange?: (lang: Lang) => void;
  onSave(stored: StoredSettings): void;
  disabled: boolean;
}

/**
 * The settings kept in the workbook (lead times, summary year, "today" for testing, the level
 * table, the column mapping, names of partners), saved with the services and then re-checked;
 * and the pane's language, which is the user's own.
 */
export function SettingsView({ analysis, stored, lang, onLangChange, onSave, disabled }: SettingsViewProps) {
  const styles = useStyles();
  const common = viewStyles();
  const t = taskpaneText(lang);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(stored, analysis));
  const [attempts, setAttempts] = useState(0);
  const [template, setTemplate] = useState<{ lang: Lang; id: LetterTemplateId }>({ lang, id: "festival" });
  const formRef = useRef<HTMLFormElement>(null);
  const { stored: next, errors } = toStored(draft, stored);
  const shownErrors: DraftErrors = attempts > 0 ? errors : {};
  const invalid = Object.keys(errors).length > 0;

  // After a refused save, focus goes to the first input to correct.
  useEffect(() => {
    if (attempts > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const update = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const message = (key: string) => (shownErrors[key] ? t(shownErrors[key].id, shownErrors[key].data) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (disabled) return;
    setAttempts((n) => n + 1);
    // A template refused is shown, so that its marked body is the input focus goes to.
    const refused = LANGS.flatMap((l) => LETTER_TEMPLATE_IDS.map((id) => ({ lang: l, id }))).find(
      (x) => errors[templateErrorKey(x.lang, x.id)],
    );
    if (refused && Object.keys(errors).every((k) => k.startsWith("template."))) setTemplate(refused);
    if (!invalid) onSave(next);
  };

  return (
    <div className={common.view}>
      <Subtitle2 as="h2" className={common.flat}>
        {t("tab.settings")}
      </Subtitle2>
      {onLangChange && (
        <Field label={t("settings.language")}>
          <LanguageSelect value={lang} onChange={onLangChange} t={t} />
        </Field>
      )}
      <Body1 as="p" className={common.flat}>
        {t("settings.stored")}
      </Body1>

      <form ref={formRef} className={styles.form} onSubmit={submit} noValidate>
        <Section title={t("settings.thresholds")}>
          {NUMBER_FIELDS.map((key) => (
            <Field key={key} label={t(`settings.${key}`)} validationMessage={message(key)}>
              <Input inputMode="numeric" value={draft[key]} onChange={(_, data) => update({ [key]: data.value })} />
            </Field>
          ))}
        </Section>

        <Section title={t("settings.dates")}>
          <Field label={t("settings.year")} hint={t("settings.yearHint")} validationMessage={message("year")}>
            <Input
              inputMode="numeric"
              value={draft.year}
              placeholder={String(analysis.year)}
              onChange={(_, data) => update({ year: data.value })}
            />
          </Field>
          <Field label={t("settings.today")} hint={t("settings.todayHint")} validationMessage={message("today")}>
            <Input type="date" value={draft.today} onChange={(_, data) => update({ today: data.value })} />
          </Field>
        </Section>

        <Section title={t("settings.levels")}>
          <Caption1 as="p" className={common.flat}>
            {t("settings.levelsHint")}
          </Caption1>
          {LEVEL_CLASSES.map((k) => (
            <Field key={k} label={t(`settings.levels.${k}`)}>
              <Textarea
                resize="vertical"
                rows={3}
                value={draft.levels[k]}
                onChange={(_, data) => update({ levels: { ...draft.levels, [k]: data.value } })}
              />
            </Field>
          ))}
          {shownErrors.levels && (
            <Body1 as="p" role="alert" className={mergeClasses(common.flat, styles.error)}>
              {message("levels")}
            </Body1>
          )}
        </Section>

        <GreetingsSection
          draft={draft}
          lang={lang}
          t={t}
          message={message}
          onChange={setDraft}
          template={template}
          onTemplate={setTemplate}
        />

        <MappingSection analysis={analysis} draft={draft} lang={lang} t={t} message={message} onChange={setDraft} />
        <AliasSection analysis={analysis} draft={draft} t={t} message={message} onChange={setDraft} />

        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" disabledFocusable={disabled}>
            {t("settings.save")}
          </Button>
          <Button type="button" onClick={() => setDraft(defaultDraft(draft))}>
            {t("settings.reset")}
          </Button>
        </div>
        {attempts > 0 && invalid && (
          <Body1 as="p" role="alert" className={mergeClasses(common.flat, styles.error)}>
            {t("settings.invalid")}
          </Body1>
        )}
      </form>
    </div>
  );
}

interface SectionProps {
  analysis: Analysis;
  draft: Draft;
  t: Translate;
  message(key: string): string | undefined;
  onChange(update: (draft: Draft) => Draft): void;
}

function MappingSection({ analysis, draft, lang, t, message, onChange }: SectionProps & { lang: Lang }) {
  const styles = useStyles();
  const common = viewStyles();
  const [newSheet, setNewSheet] = useState("");
  const setSheet = (sheet: string, change: Partial<SheetDraft>) =>
    onChange((d) => ({
      ...d,
      mapping: { ...d.mapping, [sheet]: { ...(d.mapping[sheet] ?? sheetDraft(undefined)), ...change } },
    }));
  const addSheet = () => {
    const name = newSheet.trim();
    if (!name) return;
    onChange((d) =>
      d.sheets.includes(name)
        ? d
        : { ...d, sheets: [...d.sheets, name], mapping: { ...d.mapping, [name]: sheetDraft(undefined) } },
    );
    setNewSheet("");
  };

  return (
    <Section title={t("settings.mapping")}>
      <Caption1 as="p" className={common.flat}>
        {t("settings.mappingHint")}
      </Caption1>
      {draft.sheets.map((sheet) => {
        const d = draft.mapping[sheet] ?? sheetDraft(undefined);
        const layout = analysis.sheets.find((s) => s.name === sheet);
        const role: Role | null = d.role === "none" ? null : d.role || layout?.role || null;
        const status = layout
          ? t("settings.mapping.detected", { role: ROLE_LABELS[layout.role][lang], row: layout.headerRow })
          : t("settings.mapping.notDetected");
        const missing =
          layout && layout.missing.length > 0
            ? t("settings.mapping.missing", { fields: layout.missing.map((f) => FIELD_LABELS[f][lang]).join("、") })
            : null;
        const required = new Set(role ? ROLE_SPECS[role].required.filter((need) => need.length === 1).flat() : []);
        return (
          <details key={sheet} className={styles.sheet} open={Boolean(missing) || undefined}>
            <summary className={styles.summary}>
              {sheet}
              {t("colon")}
              {status}
              {missing && <span className={styles.error}> · {missing}</span>}
            </summary>
            <div className={styles.sheetBody}>
              <Field label={t("settings.mapping.role")}>
                <Select
                  value={d.role}
                  onChange={(_, data) => setSheet(sheet, { role: data.value as SheetDraft["role"] })}
                >
                  <option value="">{t("settings.mapping.roleAuto")}</option>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r][lang]}
                    </option>
                  ))}
                  <option value="none">{t("settings.mapping.roleNone")}</option>
                </Select>
              </Field>
              <Field label={t("settings.mapping.headerRow")} validationMessage={message(`mapping.${sheet}.headerRow`)}>
                <Input
                  inputMode="numeric"
                  value={d.headerRow}
                  placeholder={layout ? String(layout.headerRow) : undefined}
                  onChange={(_, data) => setSheet(sheet, { headerRow: data.value })}
                />
              </Field>
              {role && (
                <div role="group" aria-label={t("settings.mapping.columns")} className={styles.columns}>
                  {(Object.keys(ROLE_SPECS[role].fields) as FieldId[]).map((field) => {
                    const detected = layout?.role === role ? layout.columns[field] : undefined;
                    return (
                      <Field
                        key={field}
                        size="small"
                        label={FIELD_LABELS[field][lang]}
                        required={required.has(field)}
                        validationMessage={message(`mapping.${sheet}.${field}`)}
                      >
                        <Input
                          size="small"
                          value={d.columns[field] ?? ""}
                          placeholder={detected === undefined ? undefined : columnLetter(detected)}
                          onChange={(_, data) => setSheet(sheet, { columns: { ...d.columns, [field]: data.value } })}
                        />
                      </Field>
                    );
                  })}
                </div>
              )}
            </div>
          </details>
        );
      })}
      <div className={styles.row}>
        <Field label={t("settings.mapping.sheetName")} className={styles.grow}>
          <Input
            value={newSheet}
            onChange={(_, data) => setNewSheet(data.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                addSheet();
              }
            }}
          />
        </Field>
        <Button type="button" icon={<AddRegular />} onClick={addSheet}>
          {t("settings.mapping.addSheet")}
        </Button>
      </div>
    </Section>
  );
}

function AliasSection({ analysis, draft, t, message, onChange }: SectionProps) {
  const styles = useStyles();
  const common = viewStyles();
  const partners = [
    ...new Set([
      ...analysis.agreements.map((a) => a.partner),
      ...analysis.candidates.map((c) => c.city),
      ...draft.aliases.map((a) => a.partner),
    ]),
  ]
    .filter((p) => p.length > 0)
    .sort((a, b) => a.localeCompare(b, "zh-CN"));
  const setAlias = (i: number, change: Partial<Draft["aliases"][number]>) =>
    onChange((d) => ({ ...d, aliases: d.aliases.map((a, j) => (j === i ? { ...a, ...change } : a)) }));

  return (
    <Section title={t("settings.aliases")}>
      <Caption1 as="p" className={common.flat}>
        {t("settings.aliasesHint")}
      </Caption1>
      <ul className={common.list}>
        {draft.aliases.map((a, i) => (
          <li key={i}>
            <div role="group" aria-label={t("settings.aliases.row", { n: i + 1 })} className={styles.row}>
              <Field
                label={t("settings.aliases.name")}
                className={styles.grow}
                validationMessage={message(`alias.${i}`)}
              >
                <Input value={a.name} onChange={(_, data) => setAlias(i, { name: data.value })} />
              </Field>
              <Field label={t("settings.aliases.partner")} className={styles.grow}>
                <Select value={a.partner} onChange={(_, data) => setAlias(i, { partner: data.value })}>
                  <option value="">{t("settings.aliases.choose")}</option>
                  {partners.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button
                type="button"
                icon={<DeleteRegular />}
                aria-label={t("settings.aliases.remove", { n: i + 1 })}
                onClick={() => onChange((d) => ({ ...d, aliases: d.aliases.filter((_, j) => j !== i) }))}
              />
            </div>
          </li>
        ))}
      </ul>
      <div>
        <Button
          type="button"
          icon={<AddRegular />}
          onClick={() => onChange((d) => ({ ...d, aliases: [...d.aliases, { name: "", partner: "" }] }))}
        >
          {t("settings.aliases.add")}
        </Button>
      </div>
    </Section>
  );
}

interface GreetingsSectionProps {
  draft: Draft;
  lang: Lang;
  t: Translate;
  message(key: string): string | undefined;
  onChange(update: (draft: Draft) => Draft): void;
  template: { lang: Lang; id: LetterTemplateId };
  onTemplate(template: { lang: Lang; id: LetterTemplateId }): void;
}

/** 第十一条's settings: the greetings calendar's window, lead days and festivals; who signs; the letters' wording. */
function GreetingsSection({ draft, lang, t, message, onChange, template, onTemplate }: GreetingsSectionProps) {
  const styles = useStyles();
  const common = viewStyles();
  const [letters, setLetters] = useState<Letters | null>(null);
  useEffect(() => {
    let live = true;
    void loadLetters().then((m) => live && setLetters(() => m));
    return () => {
      live = false;
    };
  }, []);
  const builtIn = letters?.builtInTemplate(template.id, template.lang) ?? null;
  const current = draft.letterTemplates[template.lang][template.id] ?? builtIn;
  /** An edit keeps the office's own wording; back to the built-in words, the template is the built-in one again. */
  const setTemplateText = (text: LetterTemplate | null) =>
    onChange((d) => {
      const own = { ...d.letterTemplates[template.lang] };
      if (text && builtIn && (text.title !== builtIn.title || text.body !== builtIn.body)) own[template.id] = text;
      else delete own[template.id];
      return { ...d, letterTemplates: { ...d.letterTemplates, [template.lang]: own } };
    });
  const toggle = (id: (typeof FESTIVAL_IDS)[number], on: boolean) =>
    onChange((d) => ({ ...d, festivals: FESTIVAL_IDS.filter((f) => (f === id ? on : d.festivals.includes(f))) }));

  return (
    <Section title={t("settings.greetings")}>
      {GREETING_NUMBER_FIELDS.map((key) => (
        <Field key={key} label={t(`settings.${key}`)} validationMessage={message(key)}>
          <Input
            inputMode="numeric"
            value={draft[key]}
            onChange={(_, data) => onChange((d) => ({ ...d, [key]: data.value }))}
          />
        </Field>
      ))}
      <fieldset className={styles.checks}>
        <legend className={styles.legend}>
          <Body1>{t("settings.festivals")}</Body1>
        </legend>
        {FESTIVAL_IDS.map((id) => (
          <label key={id} className={styles.check}>
            <input
              type="checkbox"
              checked={draft.festivals.includes(id)}
              onChange={(e) => toggle(id, e.target.checked)}
            />
            {FESTIVAL_NAMES[id][lang]}
          </label>
        ))}
      </fieldset>
      {LANGS.map((l) => (
        <Field
          key={l}
          label={t("settings.letterSender", { lang: t(`lang.${l}`) })}
          hint={letters ? t("settings.letterSenderHint", { sender: letters.LETTER_TEXT.sender[l] }) : undefined}
        >
          <Input
            lang={l}
            value={draft.letterSender[l]}
            placeholder={letters?.LETTER_TEXT.sender[l]}
            onChange={(_, data) => onChange((d) => ({ ...d, letterSender: { ...d.letterSender, [l]: data.value } }))}
          />
        </Field>
      ))}

      <Subtitle2 as="h4" className={common.flat}>
        {t("settings.templates")}
      </Subtitle2>
      <Caption1 as="p" className={common.flat}>
        {t("settings.templatesHint", { placeholders: PLACEHOLDERS.join(" ") })}
      </Caption1>
      <div className={styles.row}>
        <Field label={t("settings.templateLang")} className={styles.grow}>
          <LanguageSelect value={template.lang} onChange={(l) => onTemplate({ ...template, lang: l })} t={t} />
        </Field>
        <Field label={t("settings.templateId")} className={styles.grow}>
          <Select
            value={template.id}
            onChange={(_, data) => onTemplate({ ...template, id: data.value as LetterTemplateId })}
          >
            {LETTER_TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {`${t(`template.${id}`)}${templateEdited(draft, template.lang, id) ? t("settings.templateEdited") : ""}`}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {current && (
        <>
          <Field label={t("settings.templateTitle")}>
            <Input
              lang={template.lang}
              value={current.title}
              onChange={(_, data) => setTemplateText({ ...current, title: data.value })}
            />
          </Field>
          <Field
            label={t("settings.templateBody")}
            validationMessage={message(templateErrorKey(template.lang, template.id))}
          >
            <Textarea
              lang={template.lang}
              resize="vertical"
              rows={8}
              value={current.body}
              onChange={(_, data) => setTemplateText({ ...current, body: data.value })}
            />
          </Field>
        </>
      )}
      <div>
        <Button
          type="button"
          disabled={!templateEdited(draft, template.lang, template.id)}
          onClick={() => setTemplateText(null)}
        >
          {t("settings.templateReset")}
        </Button>
      </div>
    </Section>
  );
}

/** A part of the settings form: a fieldset headed by its title. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const common = viewStyles();
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>
        <Subtitle2 as="h3" className={common.flat}>
          {title}
        </Subtitle2>
      </legend>
      {children}
    </fieldset>
  );
}

/** A choice of the add-in's languages, each named in the pane's language. */
function LanguageSelect({ value, onChange, t }: { value: Lang; onChange: (lang: Lang) => void; t: Translate }) {
  return (
    <Select value={value} onChange={(_, data) => onChange(data.value as Lang)}>
      {LANGS.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(`lang.${l}`)}
        </option>
      ))}
    </Select>
  );
}
