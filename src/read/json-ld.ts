/**
 * The article described by a page's JSON-LD (schema.org NewsArticle and kin), which outlets fill
 * in for search engines and which is therefore more reliable than their visible markup.
 */
import type { DomDocument } from './html-dom.ts';

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  /** Raw author names, uncleaned. */
  authors: string[];
  inLanguage: string | null;
  publisher: string | null;
  url: string | null;
}

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function types(node: Node): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** NewsArticle, Article, ReportageNewsArticle, OpinionNewsArticle, BlogPosting and the like. */
function isArticle(node: Node): boolean {
  return types(node).some((t) => /(^|:|\/)(\w*Article|\w*BlogPosting)$/.test(t));
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return null;
}

/** Every node in a JSON-LD value: top-level arrays, @graph, and nested objects. */
function collect(value: unknown, out: Node[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (isNode(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], out, depth + 1);
    if (isNode(value['mainEntity'])) collect(value['mainEntity'], out, depth + 1);
  }
}

/** Resolves `{ "@id": … }` references to the node of that id in the same page. */
function resolve(v: unknown, byId: Map<string, Node>): unknown {
  if (isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return byId.get(v['@id']) ?? v;
  return v;
}

function nameOf(v: unknown, byId: Map<string, Node>): string | null {
  const r = resolve(v, byId);
  if (typeof r === 'string') return str(r);
  if (isNode(r)) return str(r['name']) ?? str(r['alternateName']);
  return null;
}

/** `inLanguage` is a code or a Language node whose code is its alternateName. */
function languageOf(v: unknown, byId: Map<string, Node>): string | null {
  const r = resolve(Array.isArray(v) ? v[0] : v, byId);
  if (isNode(r)) return str(r['alternateName']) ?? str(r['name']);
  return str(r);
}

function names(v: unknown, byId: Map<string, Node>): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list.map((x) => nameOf(x, byId)).filter((x): x is string => x !== null);
}

function urlOf(v: unknown, byId: Map<string, Node>): string | null {
  const r = resolve(v, byId);
  if (typeof r === 'string') return str(r);
  if (isNode(r)) return str(r['@id']) ?? str(r['url']);
  return null;
}

/** Parses the page's JSON-LD blocks; `unreadable` counts blocks that were not valid JSON. */
export function jsonLdArticle(document: DomDocument): { article: JsonLdArticle | null; unreadable: number } {
  const nodes: Node[] = [];
  let unreadable = 0;
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    // Some CMSs wrap the JSON in HTML comments or CDATA markers.
    const raw = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '').trim();
    if (!raw) continue;
    try {
      collect(JSON.parse(raw), nodes);
    } catch {
      unreadable++;
    }
  }
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const node = nodes.find(isArticle);
  if (!node) return { article: null, unreadable };
  const date = node['datePublished'] ?? node['dateCreated'];
  return {
    article: {
      headline: str(node['headline']) ?? str(node['name']),
      datePublished: str(Array.isArray(date) ? date[0] : date),
      authors: names(node['author'] ?? node['creator'], byId),
      inLanguage: languageOf(node['inLanguage'], byId),
      publisher: nameOf(node['publisher'], byId) ?? nameOf(node['sourceOrganization'], byId),
      url: str(node['url']) ?? urlOf(node['mainEntityOfPage'], byId),
    },
    unreadable,
  };
}
