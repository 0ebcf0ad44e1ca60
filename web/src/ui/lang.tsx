/** Language codes as badges, with the language's English name for sighted and screen-reader users alike. */

let names: Intl.DisplayNames | null = null;
try {
  names = new Intl.DisplayNames(['en'], { type: 'language' });
} catch {
  names = null;
}

export function languageName(code: string): string {
  if (code === 'und') return 'undetermined language';
  try {
    const name = names?.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** The `lang` attribute for text in this language (none when undetermined), for fonts, hyphenation and screen readers. */
export const langAttr = (code: string | null | undefined): string | undefined => (code && code !== 'und' ? code : undefined);

export function LangBadge({ code }: { code: string }) {
  const name = languageName(code);
  return <abbr className="lang" title={name} aria-label={name}>{code}</abbr>;
}

export function LangBadges({ codes }: { codes: readonly string[] }) {
  return (
    <span className="langs">
      {codes.map((c) => <LangBadge key={c} code={c} />)}
    </span>
  );
}
