/**
 * A small XML parser for feeds, written here rather than taken from a library on purpose: what
 * makes feed XML dangerous is the DTD (entity expansion, "billion laughs"; external entities, XXE,
 * which read local files or URLs), and the safest DTD handling is none at all. This parser skips any
 * DOCTYPE unread, expands only the five predefined entities and character references, and leaves
 * every other `&name;` as literal text, so no declaration can make it read a file or grow its
 * output. It never recurses while parsing, caps nesting depth, and runs in one linear pass.
 * General-purpose parsers put these properties behind options whose defaults have changed between
 * versions (fast-xml-parser has had advisories about DOCTYPE entity handling), and linkedom's XML
 * mode is an HTML tokenizer without namespaces; ~200 lines we can read are the smaller risk.
 *
 * It is lenient where real feeds are broken (a bare `&`, a stray `</b>`, an unclosed tag): it
 * recovers as well as it can and reports each problem with its line, so that the good items of a
 * damaged feed are still read.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface XmlElement {
  /** Qualified name as written ("content:encoded"). */
  name: string;
  /** Namespace URI the prefix (or default namespace) is bound to; null when unbound. */
  ns: string | null;
  /** Name without prefix ("encoded"). */
  local: string;
  /** Attributes by qualified name, values with references expanded. */
  attrs: Map<string, string>;
  /** xml:lang in effect here (own or inherited). */
  lang: string | null;
  /** xml:base in effect here, unresolved. */
  base: string | null;
  line: number;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlDocument {
  root: XmlElement | null;
  /** "line 12: …" descriptions of what was malformed or ignored. */
  problems: string[];
}

export const MAX_XML_DEPTH = 256;
/** Feed items never contain items: an unclosed one ends where the next begins, so it cannot swallow the rest. */
const NEVER_NESTED = new Set(['item', 'entry']);
const MAX_PROBLEMS = 20;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z_][\w.-]{0,63});/g;
const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*/y;
const SPACE = /\s*/y;
const UNQUOTED = /[^\s>]*/y;

function codePoint(ref: string): string {
  const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  const valid = n === 0x9 || n === 0xa || n === 0xd || (n >= 0x20 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) && n !== 0xfffe && n !== 0xffff);
  return valid ? String.fromCodePoint(n) : '\uFFFD';
}

/** Expands predefined entities and character references; anything else stays as written. */
function expand(raw: string, unknown: Set<string>): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole, ref: string) => {
    if (ref[0] === '#') return codePoint(ref);
    const known = PREDEFINED[ref];
    if (known === undefined) unknown.add(ref);
    return known ?? whole;
  });
}

/** Parses feed XML. Never throws; malformed input gives a partial tree and `problems`. */
export function parseXml(text: string): XmlDocument {
  const problems: string[] = [];
  let problemCount = 0;
  const unknown = new Set<string>();
  let lineAt = 0;
  let line = 1;
  const lineOf = (pos: number): number => {
    for (let p = text.indexOf('\n', lineAt); p !== -1 && p < pos; p = text.indexOf('\n', p + 1)) line++;
    lineAt = Math.max(lineAt, pos);
    return line;
  };
  const problem = (pos: number, what: string): void => {
    if (problemCount++ < MAX_PROBLEMS) problems.push(`line ${lineOf(pos)}: ${what}`);
  };

  const top: XmlElement = { name: '', ns: null, local: '', attrs: new Map(), lang: null, base: null, line: 0, children: [] };
  const stack: XmlElement[] = [top];
  const scopes: Array<Map<string, string>> = [new Map([['xml', XML_NS]])];
  let skipped = 0; // open elements beyond MAX_XML_DEPTH, dropped but counted to match their end tags
  let root: XmlElement | null = null;
  const addText = (s: string): void => {
    if (s === '') return;
    const parent = stack[stack.length - 1]!;
    if (parent === top) return; // whitespace and stray text outside the root element
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + s;
    else parent.children.push(s);
  };

  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt === -1) {
      addText(expand(text.slice(i), unknown));
      break;
    }
    if (lt > i) addText(expand(text.slice(i, lt), unknown));
    const skipTo = (end: string, from: number, what: string): number => {
      const at = text.indexOf(end, from);
      if (at === -1) problem(lt, `unterminated ${what}; the rest of the document was ignored`);
      return at === -1 ? n : at + end.length;
    };
    if (text.startsWith('<!--', lt)) i = skipTo('-->', lt + 4, 'comment');
    else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      addText(text.slice(lt + 9, end === -1 ? n : end));
      if (end === -1) problem(lt, 'unterminated CDATA section');
      i = end === -1 ? n : end + 3;
    } else if (text.startsWith('<?', lt)) i = skipTo('?>', lt + 2, 'processing instruction');
    else if (text.startsWith('<!', lt)) {
      i = skipDeclaration(text, lt);
      if (/^<!DOCTYPE/i.test(text.slice(lt, lt + 9))) problem(lt, 'DOCTYPE ignored (no DTD is read and no entity it declares is expanded)');
    } else if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt);
      const name = text.slice(lt + 2, end === -1 ? n : end).trim();
      i = end === -1 ? n : end + 1;
      if (skipped > 0) skipped--;
      else closeElement(name, lt);
    } else {
      NAME.lastIndex = lt + 1;
      const nameMatch = NAME.exec(text);
      if (!nameMatch) {
        addText('<'); // a bare "<" in text: invalid, but common in hand-made feeds
        i = lt + 1;
        continue;
      }
      const tag = parseTag(text, NAME.lastIndex, unknown);
      if (tag.end === -1) {
        problem(lt, `unterminated tag <${nameMatch[0]}>; the rest of the document was ignored`);
        break;
      }
      i = tag.end;
      if (stack.length > MAX_XML_DEPTH) {
        if (skipped === 0 && !tag.selfClosing) problem(lt, `elements nested deeper than ${MAX_XML_DEPTH} levels were dropped (their text kept)`);
        if (!tag.selfClosing) skipped++;
        continue;
      }
      openElement(nameMatch[0], tag.attrs, tag.selfClosing, lt);
    }
  }
  for (let k = stack.length - 1; k >= 1; k--) problem(n, `<${stack[k]!.name}> (line ${stack[k]!.line}) is never closed`);
  if (unknown.size > 0) {
    const names = [...unknown].slice(0, 5).map((u) => `&${u};`).join(', ');
    problems.push(`entities not expanded (only the XML ones and numeric references are): ${names}`);
  }
  if (problemCount > MAX_PROBLEMS) problems.push(`… and ${problemCount - MAX_PROBLEMS} more problems`);
  return { root, problems };

  function openElement(name: string, attrs: Map<string, string>, selfClosing: boolean, pos: number): void {
    if (NEVER_NESTED.has(name.slice(name.indexOf(':') + 1))) {
      const open = stack.findLastIndex((el) => el.name === name);
      if (open >= 1) {
        problem(pos, `<${name}> (line ${stack[open]!.line}) was not closed before the next <${name}>`);
        stack.length = open;
        scopes.length = open;
      }
    }
    const parent = stack[stack.length - 1]!;
    let scope = scopes[scopes.length - 1]!;
    for (const [k, v] of attrs) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
        scope.set(k === 'xmlns' ? '' : k.slice(6), v);
      }
    }
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? '' : name.slice(0, colon);
    const el: XmlElement = {
      name,
      ns: scope.get(prefix) || null,
      local: colon === -1 ? name : name.slice(colon + 1),
      attrs,
      lang: attrs.get('xml:lang') ?? parent.lang,
      base: attrs.get('xml:base') ?? parent.base,
      line: lineOf(pos),
      children: [],
    };
    if (parent === top) {
      if (root) {
        problem(pos, `a second root element <${name}> was ignored`);
        if (!selfClosing) skipped++;
        return;
      }
      root = el;
    } else parent.children.push(el);
    if (!selfClosing) {
      stack.push(el);
      scopes.push(scope);
    }
  }

  function closeElement(name: string, pos: number): void {
    let k = stack.length - 1;
    while (k >= 1 && stack[k]!.name !== name) k--;
    if (k < 1) {
      problem(pos, `stray </${name}> ignored`);
      return;
    }
    for (let j = stack.length - 1; j > k; j--) problem(pos, `<${stack[j]!.name}> (line ${stack[j]!.line}) closed by </${name}>`);
    stack.length = k;
    scopes.length = k;
  }
}

/** Attributes of a start tag from `from` (just after its name) to its `>`; `end` is -1 when it never ends. */
function parseTag(text: string, from: number, unknown: Set<string>): { attrs: Map<string, string>; selfClosing: boolean; end: number } {
  const attrs = new Map<string, string>();
  let i = from;
  for (;;) {
    SPACE.lastIndex = i;
    SPACE.exec(text);
    i = SPACE.lastIndex;
    if (i >= text.length) return { attrs, selfClosing: false, end: -1 };
    if (text[i] === '>') return { attrs, selfClosing: false, end: i + 1 };
    if (text.startsWith('/>', i)) return { attrs, selfClosing: true, end: i + 2 };
    NAME.lastIndex = i;
    const name = NAME.exec(text)?.[0];
    if (!name) {
      i++; // junk inside the tag
      continue;
    }
    i = NAME.lastIndex;
    SPACE.lastIndex = i;
    SPACE.exec(text);
    if (text[SPACE.lastIndex] !== '=') {
      attrs.set(name, '');
      continue;
    }
    SPACE.lastIndex += 1;
    SPACE.exec(text);
    i = SPACE.lastIndex;
    const quote = text[i];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close === -1) return { attrs, selfClosing: false, end: -1 };
      value = text.slice(i + 1, close);
      i = close + 1;
    } else {
      UNQUOTED.lastIndex = i;
      value = UNQUOTED.exec(text)![0];
      i = UNQUOTED.lastIndex;
    }
    if (!attrs.has(name)) attrs.set(name, expand(value, unknown));
  }
}

/**
 * The DOCTYPE and the first element's name of a document, looking only at its first `limit`
 * characters: what a document is, without parsing it. A loop rather than one regular expression,
 * whose alternatives (comments, instructions) would backtrack exponentially on hostile input.
 */
export function documentStart(text: string, limit = 4096): { doctype: string | null; element: string | null } {
  const head = text.slice(0, limit);
  let doctype: string | null = null;
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < head.length) {
    const c = head[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (head.startsWith('<?', i)) i = head.indexOf('?>', i) === -1 ? head.length : head.indexOf('?>', i) + 2;
    else if (head.startsWith('<!--', i)) i = head.indexOf('-->', i) === -1 ? head.length : head.indexOf('-->', i) + 3;
    else if (head.startsWith('<!', i)) {
      const end = skipDeclaration(head, i);
      if (/^<!DOCTYPE\s/i.test(head.slice(i, i + 10))) doctype = head.slice(i + 10, end).replace(/[\s[>].*$/s, '').toLowerCase();
      i = end;
    } else {
      NAME.lastIndex = i + 1;
      const name = c === '<' ? NAME.exec(head)?.[0] ?? null : null;
      return { doctype, element: name };
    }
  }
  return { doctype, element: null };
}

/** Skips `<!DOCTYPE …>` or another declaration, internal subset and all, without reading it. */
function skipDeclaration(text: string, from: number): number {
  let quote: string | null = null;
  let depth = 0;
  for (let i = from + 2; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return i + 1;
  }
  return text.length;
}
