/**
 * Helpers for the server tests: a small store of invented stories (no pipeline needed), and
 * validation of API responses against openapi/newsdesk.json (whose schemas reference
 * schema/brief.schema.json).
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Store } from '../../src/store/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import type { AnnotatedArticle } from '../../src/types.ts';
import { makeArticle, makeBrief } from '../store/_fixtures.ts';

export const NOW = '2031-04-03T09:00:00.000Z';

export const bridgeArticles: readonly AnnotatedArticle[] = [
  makeArticle({ title: 'Varn bridge reopens', text: 'The bridge over the Varn reopened after repairs.', source: 'Valley Post', entities: ['Varn'] }),
  makeArticle({ title: 'Traffic back on the Varn', text: 'Traffic returned to the bridge on Tuesday.', source: 'Hill Gazette', entities: ['Varn'] }),
];
export const harbourArticles: readonly AnnotatedArticle[] = [
  makeArticle({ title: 'Harbour strike ends', text: 'Dock workers at Ostrel ended their strike.', source: 'Coast Wire', entities: ['Ostrel'] }),
];

/** Two stories: `story-bridge` (2 articles, entity Varn) and `story-harbour` (1 article, entity Ostrel). */
export async function seededStore(): Promise<Store> {
  const store = openSqliteStore(':memory:');
  await store.putStories({
    articles: [...bridgeArticles, ...harbourArticles],
    assignments: [
      ...bridgeArticles.map((a) => ({ article: a.id, story: 'story-bridge' })),
      { article: harbourArticles[0]!.id, story: 'story-harbour' },
    ],
    briefs: [
      makeBrief({
        id: 'story-bridge',
        headline: 'The Varn bridge reopened',
        articles: bridgeArticles,
        facts: [
          { text: 'The bridge reopened after repairs to the deck.', status: 'corroborated' },
          { text: 'The bridge had been shut for nine weeks.', status: 'disputed' },
        ],
      }),
      makeBrief({ id: 'story-harbour', headline: 'Ostrel strike ends', articles: harbourArticles, facts: [{ text: 'Dock workers ended the strike.', status: 'single-source' }] }),
    ],
    removed: [],
    updatedAt: NOW,
  });
  return store;
}

/** Many one-article stories, for pagination. */
export async function storeWithStories(count: number): Promise<Store> {
  const store = openSqliteStore(':memory:');
  const articles = Array.from({ length: count }, (_, i) => makeArticle({ title: `Report ${i}`, text: `Report number ${i} about the river festival.` }));
  await store.putStories({
    articles,
    assignments: articles.map((a, i) => ({ article: a.id, story: `story-${i}` })),
    briefs: articles.map((a, i) => makeBrief({ id: `story-${i}`, headline: `Festival day ${i}`, articles: [a] })),
    removed: [],
    updatedAt: NOW,
  });
  return store;
}

const OPENAPI_URL = new URL('../../openapi/newsdesk.json', import.meta.url);
const BRIEF_SCHEMA_URL = new URL('../../schema/brief.schema.json', import.meta.url);
const OPENAPI_ID = 'https://newsdesk.invalid/openapi/newsdesk.json';

export interface OpenApiOperation {
  readonly responses: Readonly<Record<string, { readonly content?: Readonly<Record<string, { readonly schema?: unknown }>> }>>;
}
export interface OpenApiDocument {
  readonly openapi: string;
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, unknown>> };
}

export function readOpenApi(): OpenApiDocument {
  return JSON.parse(readFileSync(OPENAPI_URL, 'utf8')) as OpenApiDocument;
}

function createValidator(): Ajv2020.default {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  const briefSchema = JSON.parse(readFileSync(BRIEF_SCHEMA_URL, 'utf8')) as { $id: string };
  ajv.addSchema(briefSchema);
  // The OpenAPI file refers to the contract schema by relative path; ajv resolves against the $id.
  const openapi = JSON.parse(readFileSync(OPENAPI_URL, 'utf8').replaceAll('../schema/brief.schema.json', briefSchema.$id)) as object;
  ajv.addSchema({ ...openapi, $id: OPENAPI_ID });
  return ajv;
}

let validator: Ajv2020.default | null = null;

/**
 * Schema errors of a response body against the OpenAPI description of `METHOD path` (an OpenAPI
 * path such as `/api/stories/{id}`) for this status and media type; empty when it validates.
 */
export function responseErrors(request: { method: string; path: string; status: number; mediaType?: string }, body: unknown): string[] {
  validator ??= createValidator();
  const mediaType = request.mediaType ?? 'application/json';
  const pointer = `/paths/${request.path.replaceAll('~', '~0').replaceAll('/', '~1')}/${request.method.toLowerCase()}/responses/${request.status}/content/${mediaType.replaceAll('/', '~1')}/schema`;
  const document = readOpenApi() as unknown as Record<string, unknown>;
  const found = pointer.split('/').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);
  if (found === undefined) return [`the OpenAPI file describes no ${mediaType} ${request.status} response of ${request.method} ${request.path}`];
  const validate = validator.getSchema(`${OPENAPI_ID}#${pointer.split('/').map(encodeURIComponent).join('/')}`);
  if (validate === undefined) return [`cannot compile the schema at ${pointer}`];
  if (validate(body)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
