/**
 * Query parameters are checked at the edge, before anything reaches the store: unknown or repeated
 * parameters, malformed values and out-of-range numbers are 400 problems naming the parameter.
 */
import { topicId } from '../article.ts';
import { entityId, type EntityType } from '../entities/entity.ts';
import { entityCursorPosition } from '../store/entity-cursor.ts';
import { searchWords } from '../store/search-text.ts';
import { decodeStoryCursor } from '../store/story-cursor.ts';
import type { EntityQuery, StoryQuery } from '../store/store.ts';
import { Problem } from './problem.ts';

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
const MAX_Q = 500;

type Parser<T> = (raw: string, name: string) => T;

const bad = (name: string, detail: string) => new Problem('invalid-parameter', `"${name}": ${detail}`, { parameter: name });

const language: Parser<string> = (raw, name) => {
  if (!/^[A-Za-z]{2,3}$/.test(raw)) throw bad(name, `expected a two- or three-letter language code such as "de" or "und", got "${raw.slice(0, 40)}"`);
  return raw.toLowerCase();
};

const topic: Parser<string> = (raw, name) => {
  if (!/^[A-Za-z0-9_.:-]{1,128}$/.test(raw)) throw bad(name, 'expected a topic id such as "t-1a2b3c4d5e", as the stories list gives it');
  return raw;
};

const entity: Parser<string> = (raw, name) => {
  if (!/^(per|org|loc):[^\s\p{Cc}]{1,200}$/u.test(raw)) throw bad(name, 'expected an entity id such as "loc:jp" or "per:fumio+kishida", as /api/entities gives it');
  return raw;
};

const entityType: Parser<EntityType> = (raw, name) => {
  if (raw !== 'PER' && raw !== 'ORG' && raw !== 'LOC') throw bad(name, `expected PER, ORG or LOC, got "${raw.slice(0, 40)}"`);
  return raw;
};

const nameText: Parser<string> = (raw, name) => {
  if (raw.trim() === '' || raw.length > 100) throw bad(name, 'expected 1 to 100 characters of a name');
  return raw;
};

const day: Parser<string> = (raw, name) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const t = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !t || t.getUTCMonth() !== +m[2]! - 1 || t.getUTCDate() !== +m[3]!) {
    throw bad(name, `expected a calendar date YYYY-MM-DD, got "${raw.slice(0, 40)}"`);
  }
  return raw;
};

const words: Parser<string> = (raw, name) => {
  if (raw.length > MAX_Q) throw bad(name, `at most ${MAX_Q} characters, got ${raw.length}`);
  if (searchWords(raw).length === 0) throw bad(name, 'give at least one word to search for');
  return raw;
};

const limit: Parser<number> = (raw, name) => {
  if (!/^\d{1,4}$/.test(raw) || +raw < 1 || +raw > MAX_LIMIT) throw bad(name, `expected a whole number from 1 to ${MAX_LIMIT}, got "${raw.slice(0, 40)}"`);
  return +raw;
};

const cursor: Parser<string> = (raw, name) => {
  if (decodeStoryCursor(raw) === null) throw bad(name, 'not a cursor this server gave; pass the "next" of the previous page unchanged');
  return raw;
};

const entityCursor: Parser<string> = (raw, name) => {
  try {
    entityCursorPosition(raw);
  } catch {
    throw bad(name, 'not a cursor this server gave; pass the "next" of the previous page unchanged');
  }
  return raw;
};

/** Reads the parameters `spec` names from the URL; anything else is a 400. */
function read<S extends Record<string, Parser<unknown>>>(url: string, spec: S): { [K in keyof S]?: ReturnType<S[K]> } {
  const params = new URL(url).searchParams;
  const out: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    if (!Object.prototype.hasOwnProperty.call(spec, name)) {
      throw bad(name, `unknown parameter; this endpoint takes ${Object.keys(spec).map((k) => `"${k}"`).join(', ')}`);
    }
    const values = params.getAll(name);
    if (values.length > 1) throw bad(name, 'given more than once; give it once');
    out[name] = spec[name]!(values[0]!, name);
  }
  return out as { [K in keyof S]?: ReturnType<S[K]> };
}

export function storiesParams(url: string): StoryQuery {
  const p = read(url, { language, topic, entity, from: day, to: day, q: words, limit, after: cursor });
  if (p.from !== undefined && p.to !== undefined && p.from > p.to) throw bad('from', `"from" (${p.from}) is after "to" (${p.to})`);
  return {
    limit: p.limit ?? DEFAULT_LIMIT,
    ...(p.language !== undefined ? { language: p.language } : {}),
    ...(p.topic !== undefined ? { topic: topicId(p.topic) } : {}),
    ...(p.entity !== undefined ? { entity: entityId(p.entity) } : {}),
    ...(p.from !== undefined ? { from: p.from } : {}),
    ...(p.to !== undefined ? { to: p.to } : {}),
    ...(p.q !== undefined ? { q: p.q } : {}),
    ...(p.after !== undefined ? { after: p.after } : {}),
  };
}

export function entitiesParams(url: string): EntityQuery {
  const p = read(url, { type: entityType, q: nameText, limit, after: entityCursor });
  return {
    limit: p.limit ?? DEFAULT_LIMIT,
    ...(p.type !== undefined ? { type: p.type } : {}),
    ...(p.q !== undefined ? { q: p.q } : {}),
    ...(p.after !== undefined ? { after: p.after } : {}),
  };
}

export function searchParams(url: string): { q: string; limit: number } {
  const p = read(url, { q: words, limit });
  if (p.q === undefined) throw bad('q', 'required: the words to search for');
  return { q: p.q, limit: p.limit ?? DEFAULT_LIMIT };
}

/** Endpoints that take no parameters still refuse unknown ones, so that a typo is never ignored. */
export function noParams(url: string): void {
  read(url, {});
}
