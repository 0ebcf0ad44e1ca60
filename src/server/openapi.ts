/**
 * The OpenAPI 3.1 document served at `/openapi.json`. A test checks that every route of the app is
 * described here and that every path here is a route of the app.
 */
import { PROBLEMS } from './problem.ts';
import { DEFAULT_LIMIT, MAX_LIMIT } from './query-params.ts';

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface Schema {
  $ref?: string;
  type?: JsonType | JsonType[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: Array<string | number>;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
  additionalProperties?: boolean | Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: Schema;
}

interface MediaType {
  schema: Schema;
}

interface ResponseObject {
  description: string;
  headers?: Record<string, { description: string; schema: Schema }>;
  content?: Record<string, MediaType>;
}

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, MediaType> };
  responses: Record<string, ResponseObject | { $ref: string }>;
  security?: Array<Record<string, string[]>>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, { get?: Operation; post?: Operation }>;
  components: {
    schemas: Record<string, Schema>;
    responses: Record<string, ResponseObject>;
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; description: string }>;
  };
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const nullable = (type: JsonType, description?: string): Schema => ({ type: [type, 'null'], ...(description ? { description } : {}) });
const obj = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object', properties, required: Object.keys(properties), ...(description ? { description } : {}),
});
const json = (schema: Schema, description: string): ResponseObject => ({ description, content: { 'application/json': { schema } } });
const problem = (name: keyof typeof PROBLEMS) => ({ $ref: `#/components/responses/${name}` });
const idPath = (what: string): Parameter => ({ name: 'id', in: 'path', required: true, description: `the ${what} id`, schema: str });
const limitParam: Parameter = {
  name: 'limit', in: 'query', description: 'page size', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
};
const wordsParam = (required: boolean, description: string): Parameter => ({ name: 'q', in: 'query', required, description, schema: { type: 'string', maxLength: 500 } });
const dayParam = (name: string, description: string): Parameter => ({ name, in: 'query', description, schema: { type: 'string', format: 'date' } });

const schemas: Record<string, Schema> = {
  Problem: obj({
    type: { type: 'string', format: 'uri', description: 'urn:parallax:problem:<code>' },
    title: str,
    status: { type: 'integer' },
    detail: str,
  }, 'RFC 9457 problem details; `parameter` names the query parameter at fault when there is one'),
  StorySummary: obj({
    id: str, topic: str, title: nullable('string'),
    articles: { type: 'integer' },
    independent: { type: 'integer', description: 'members that copy or translate no other member' },
    languages: { type: 'array', items: str },
    firstSeq: { type: 'integer' }, lastSeq: { type: 'integer' },
    earliest: nullable('string', 'earliest publication date of a member'), latest: nullable('string'),
  }),
  StoryPage: obj({ items: { type: 'array', items: ref('StorySummary') }, next: nullable('string', 'cursor for the next page') }),
  Member: obj({
    id: str, title: nullable('string'), lang: str, published: nullable('string'),
    relation: { oneOf: [{ type: 'null' }, obj({ kind: { enum: ['duplicate', 'near-duplicate', 'translation'] }, of: str, score: { type: 'number' }, evidence: { type: 'object' } })] },
  }),
  StoryBriefing: {
    description: 'a story with its members',
    allOf: [ref('StorySummary'), obj({ members: { type: 'array', items: ref('Member') } }), {
      type: 'object',
      properties: { sample: obj({ members: { type: 'integer' }, of: { type: 'integer' } }, 'present when the story has over 200 members: the briefing and members are its first and newest 100; counts, languages and dates are the whole story\'s') },
    }],
  },
  Paragraph: obj({ start: { type: 'integer' }, end: { type: 'integer' }, kind: { enum: ['body', 'heading', 'caption'] }, repeatOf: nullable('integer') },
    'UTF-16 code unit offsets into text, end exclusive'),
  Article: {
    type: 'object', description: 'an article as stored: text as given, its spans, the messages about it, and where it was placed',
    properties: {
      id: str, seq: { type: 'integer' }, title: nullable('string'), text: str,
      lang: obj({ code: str, confidence: { type: 'number' }, second: { type: ['object', 'null'] } }),
      story: str, topic: str, url: nullable('string'), published: nullable('string'), source: nullable('string'), byline: nullable('string'),
      paragraphs: { type: 'array', items: ref('Paragraph') },
      messages: { type: 'array', items: { type: 'object' } },
      placement: { type: 'object' }, relation: { type: ['object', 'null'] }, origin: { type: 'object' },
      reportDate: nullable('string', 'the day the article reports from, given or inferred'),
      facts: { type: 'array', items: ref('Fact') },
    },
    required: ['id', 'text', 'lang', 'story', 'topic', 'paragraphs'],
  },
  Fact: {
    type: 'object', description: 'an extracted fact (entity mention, quote, figure, date, provenance), keyed on kind, with UTF-16 offsets into text',
    properties: { kind: str, start: { type: 'integer' }, end: { type: 'integer' } }, required: ['kind'],
  },
  EntitySummary: obj({
    id: { type: 'string', description: 'canonical and language-independent: loc:jp, per:fumio+kishida, org:nasa' },
    type: { enum: ['PER', 'ORG', 'LOC'] },
    name: str, aliases: { type: 'array', items: str },
    mentions: { type: 'integer' }, articles: { type: 'integer' }, stories: { type: 'integer' }, languages: { type: 'array', items: str },
  }),
  EntityPage: obj({ items: { type: 'array', items: ref('EntitySummary') }, next: nullable('string', 'cursor for the next page') }),
  EntityDetail: {
    description: 'an entity, the stories it occurs in, and the quotes attributed to it',
    allOf: [ref('EntitySummary'), obj({
      inStories: { type: 'array', items: obj({ story: str, title: nullable('string'), mentions: { type: 'integer' } }) },
      quotes: { type: 'array', items: obj({ article: str, story: str, lang: str, quote: ref('Fact'), text: str }) },
    })],
  },
  Topic: obj({ id: str, stories: { type: 'array', items: ref('StorySummary') } }, 'stories in time order'),
  SearchHit: obj({
    article: str, story: str, title: nullable('string'), lang: str, snippet: str,
    highlights: { type: 'array', items: obj({ start: { type: 'integer' }, end: { type: 'integer' } }), description: 'matched words, as offsets into snippet' },
  }),
  ArticleInput: {
    type: 'object', description: 'the JSONL fields; needs a non-empty text or html; unknown fields are ignored',
    properties: { id: { type: ['string', 'number'] }, title: str, text: str, html: str, url: str, lang: str, published: str, source: str },
  },
  IngestResults: obj({
    results: {
      type: 'array', description: 'one per submitted item, in order',
      items: { type: 'object', properties: { id: str, status: { enum: ['stored', 'duplicate', 'rejected'] }, reason: str }, required: ['id', 'status'] },
    },
  }),
  Health: obj({ status: { enum: ['ok'] }, articles: { type: 'integer' } }),
};

const responses: Record<string, ResponseObject> = Object.fromEntries(Object.entries(PROBLEMS).map(([name, p]) => [name, {
  description: p.title,
  ...(name === 'rate-limited' ? { headers: { 'Retry-After': { description: 'seconds until a write is accepted', schema: { type: 'integer' } } } } : {}),
  content: { 'application/problem+json': { schema: ref('Problem') } },
}]));

export const openApiDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Parallax',
    version: '0.1.0',
    description: 'Multilingual news intelligence: stories, copies and translations across languages. Errors are RFC 9457 problem details.',
  },
  paths: {
    '/api/articles': {
      post: {
        operationId: 'postArticles',
        summary: 'Ingest articles',
        description: 'Each item is read, analysed and placed in a story. Idempotent: an item already stored with the same content is a duplicate.',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { oneOf: [{ type: 'array', items: ref('ArticleInput') }, ref('ArticleInput')] } },
            'application/x-ndjson': { schema: { type: 'string', description: 'one ArticleInput a line' } },
          },
        },
        responses: {
          200: json(ref('IngestResults'), 'what became of each item'),
          400: problem('bad-request'), 401: problem('unauthorized'), 403: problem('writes-disabled'), 413: problem('payload-too-large'),
          415: problem('unsupported-media-type'), 429: problem('rate-limited'), 503: problem('busy'),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        operationId: 'getArticle', summary: 'One article with its spans', parameters: [idPath('article')],
        responses: { 200: json(ref('Article'), 'the article'), 404: problem('not-found') },
      },
    },
    '/api/stories': {
      get: {
        operationId: 'listStories',
        summary: 'Stories, newest founded first, in pages',
        parameters: [
          { name: 'language', in: 'query', description: 'stories with a member in this language (e.g. de, und)', schema: { type: 'string', pattern: '^[A-Za-z]{2,3}$' } },
          { name: 'topic', in: 'query', description: 'stories of this topic', schema: str },
          { name: 'entity', in: 'query', description: 'stories with a member that mentions this entity (an id from /api/entities)', schema: str },
          dayParam('from', 'stories with a member published on or after this day (its local date)'),
          dayParam('to', 'stories with a member published on or before this day'),
          wordsParam(false, 'stories with a member containing all these words'),
          limitParam,
          { name: 'after', in: 'query', description: 'the next cursor of the previous page', schema: str },
        ],
        responses: { 200: json(ref('StoryPage'), 'a page of stories'), 400: problem('invalid-parameter') },
      },
    },
    '/api/stories/{id}': {
      get: {
        operationId: 'getStory', summary: 'One story with its members', parameters: [idPath('story')],
        responses: { 200: json(ref('StoryBriefing'), 'the story'), 404: problem('not-found') },
      },
    },
    '/api/topics/{id}': {
      get: {
        operationId: 'getTopic', summary: 'One topic and its stories in time order', parameters: [idPath('topic')],
        responses: { 200: json(ref('Topic'), 'the topic'), 404: problem('not-found') },
      },
    },
    '/api/entities': {
      get: {
        operationId: 'listEntities',
        summary: 'Canonical entities, most mentioned first, in pages',
        parameters: [
          { name: 'type', in: 'query', description: 'only this type', schema: { enum: ['PER', 'ORG', 'LOC'] } },
          { name: 'q', in: 'query', description: 'only entities with a written form containing this text (case-insensitive)', schema: { type: 'string', maxLength: 100 } },
          limitParam,
          { name: 'after', in: 'query', description: 'the next cursor of the previous page', schema: str },
        ],
        responses: { 200: json(ref('EntityPage'), 'a page of entities'), 400: problem('invalid-parameter') },
      },
    },
    '/api/entities/{id}': {
      get: {
        operationId: 'getEntity', summary: 'One entity: names, counts, stories, quotes', parameters: [idPath('entity')],
        responses: { 200: json(ref('EntityDetail'), 'the entity'), 404: problem('not-found') },
      },
    },
    '/api/search': {
      get: {
        operationId: 'search',
        summary: 'Full text over every language, case- and diacritics-insensitive',
        parameters: [wordsParam(true, 'words that must all occur'), limitParam],
        responses: { 200: json(obj({ items: { type: 'array', items: ref('SearchHit') } }), 'best matches first'), 400: problem('invalid-parameter') },
      },
    },
    '/api/health': {
      get: { operationId: 'health', summary: 'Liveness and the store\'s article count', responses: { 200: json(ref('Health'), 'the server and its store answer') } },
    },
    '/openapi.json': {
      get: { operationId: 'openapi', summary: 'This document', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1') } },
    },
  },
  components: {
    schemas,
    responses,
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the server\'s PARALLAX_TOKEN' } },
  },
};
