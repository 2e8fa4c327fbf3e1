// A typed client generated from the committed contract (@hey-api/openapi-ts: TypeScript types, and a zod schema of
// every answer that the SDK checks each response against) reads every collection (size=1000, all pages) and every
// item of the running service. TypeScript's strict null checks make a caller handle each declared null; zod makes
// the client throw on an undeclared one, an unknown enum value or a missing field. A client generated the same way
// from a deliberately wrong copy of the contract (mutations.mjs) must throw on the same answers.
//
// With fields=, the service sends the sparse type (application/vnd.localgov.sparse+json), whose schemas are the same
// with no field required (SparsePledgePage). The SDK function of an operation types and checks the full answer (the
// generator takes the first JSON type of a response), so a caller who asks for fields passes the sparse zod schema
// as responseValidator and reads the answer as the sparse type: a full page is a sparse page, so no cast is needed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { createClient } from './generated/client/client/index.js';
import * as sdk from './generated/client/sdk.gen.js';
import type { ExecutionResult, Provenance, SparsePledgeDetail, SparsePledgePage } from './generated/client/types.gen.js';
import * as zod from './generated/client/zod.gen.js';
import { createClient as createLyingClient } from './generated/mutated-client/client/index.js';
import * as lyingSdk from './generated/mutated-client/sdk.gen.js';
import * as lyingZod from './generated/mutated-client/zod.gen.js';
import { MUTATIONS } from './mutations.mjs';
import { sparseFields, sparseSchema } from './walk.mjs';

const BASE_URL = process.env.BASE_URL;
const skip = BASE_URL ? false : 'BASE_URL is not set';

type Operation = { get?: { operationId?: string; parameters?: { name: string; in: string; required?: boolean; example?: unknown }[] } };
// Run from this directory (npm test), as the compiled test lives in build/.
const document = JSON.parse(readFileSync('../../../openapi/openapi.json', 'utf8')) as {
    paths: Record<string, Operation>;
};

/** What every generated SDK function is, seen from a caller who picks it by operationId. */
type SdkFunction = (options: {
    client: ReturnType<typeof createClient>;
    path?: Record<string, string>;
    query?: Record<string, number | string>;
    responseValidator?: (data: unknown) => Promise<unknown>;
    throwOnError: true;
}) => Promise<{ data: unknown }>;

/** The check of a sparse answer: the generated zod schema of the sparse type the contract declares for a path. */
function sparseValidator(zodModule: object, path: string): (data: unknown) => Promise<unknown> {
    const name = `z${sparseSchema(document, path)}`;
    const schema = (zodModule as Record<string, { parseAsync: (data: unknown) => Promise<unknown> }>)[name];
    assert.ok(schema, `the generated client has no ${name}`);
    return (data) => schema.parseAsync(data);
}

function sdkFunction(module: object, operationId: string): SdkFunction {
    const found = (module as Record<string, unknown>)[operationId];
    assert.equal(typeof found, 'function', `the generated client has no ${operationId}`);
    return found as SdkFunction;
}

function operationId(path: string): string {
    const id = document.paths[path]?.get?.operationId;
    assert.ok(id, `no GET operation with an operationId at ${path}`);
    return id;
}

function isPaged(path: string): boolean {
    return (document.paths[path]?.get?.parameters ?? []).some((p) => p.in === 'query' && p.name === 'size');
}

/** The required query parameters of a path's GET (a search's term), each with its example from the contract. */
function requiredQuery(path: string): Record<string, unknown> {
    const parameters = document.paths[path]?.get?.parameters ?? [];
    return Object.fromEntries(parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, p.example]));
}

type Page = { data: { id: string }[]; links: { next: string | null } };

/**
 * Every row of a collection through the generated client: size=1000, page after page; with `sparse`, the fields=
 * given and the sparse schema of the same generated module as the check.
 */
async function readCollection(module: object, client: ReturnType<typeof createClient>, path: string,
    sparse?: { fields: string; zod: object }) {
    const call = sdkFunction(module, operationId(path));
    const asked = sparse ? { query: { fields: sparse.fields }, responseValidator: sparseValidator(sparse.zod, path) } : {};
    if (!isPaged(path)) {
        await call({ client, ...asked, throwOnError: true });
        return [];
    }
    const rows: { id: string }[] = [];
    for (let page = 1; ; page++) {
        const { data } = await call({ client, ...asked, query: { ...requiredQuery(path), ...asked.query, size: 1000, page },
            throwOnError: true });
        rows.push(...(data as Page).data);
        if ((data as Page).links.next === null) {
            return rows;
        }
    }
}

test('the generated client reads every collection and every item of the running service', { skip }, async () => {
    const client = createClient({ baseUrl: BASE_URL });
    const paths = Object.keys(document.paths).filter((path) => path.startsWith('/api/') && document.paths[path]?.get);
    let items = 0;
    for (const collection of paths.filter((path) => !path.includes('{'))) {
        const rows = await readCollection(sdk, client, collection);
        const itemPath = `${collection}/{id}`;
        if (document.paths[itemPath]?.get) {
            assert.ok(rows.length > 0, `${collection} has no rows to read one by one`);
            const get = sdkFunction(sdk, operationId(itemPath));
            for (const row of rows) {
                await get({ client, path: { id: row.id }, throwOnError: true });
                items++;
            }
        }
        const what = isPaged(collection) ? `${rows.length} rows` : 'one answer';
        console.log(`  ${collection}: ${what}${document.paths[itemPath]?.get ? ', each read by id' : ''}`);
    }
    console.log(`  ${items} items read by id`);
    assert.ok(items > 0);
});

test('declared nulls arrive as nulls the types make a caller handle', { skip }, async () => {
    const client = createClient({ baseUrl: BASE_URL });
    const { data } = await sdk.listExecutionResults({ client, query: { size: 1000 }, throwOnError: true });
    // ExecutionResult.settlement is `SettlementAmounts | null`: without the check below this does not compile.
    const spent = (line: ExecutionResult) => (line.settlement === null ? 0 : line.settlement.expenditureKrw ?? 0);
    const asOf = (provenance: Provenance): string => provenance.asOf ?? 'not printed';
    assert.ok(data.data.some((line) => line.settlement === null), 'execution lines have no settlement');
    assert.ok(data.data.some((line) => spent(line) > 0), 'settlement lines have their expenditure');
    assert.ok(data.data.some((line) => asOf(line.provenance) === 'not printed'), 'the settlement prints no as-of date');
});

test('the generated client reads every collection and item with fields= through the sparse schemas', { skip }, async () => {
    const client = createClient({ baseUrl: BASE_URL });
    const paths = Object.keys(document.paths).filter((path) => path.startsWith('/api/') && sparseFields(document, path));
    let items = 0;
    for (const collection of paths.filter((path) => !path.includes('{'))) {
        const fields = sparseFields(document, collection) as string;
        const rows = await readCollection(sdk, client, collection, { fields, zod });
        const itemPath = `${collection}/{id}`;
        if (paths.includes(itemPath)) {
            const get = sdkFunction(sdk, operationId(itemPath));
            const itemFields = sparseFields(document, itemPath) as string;
            for (const row of rows) {
                assert.ok(Object.keys(row).every((field) => fields.split(',').some((f) => f.split('.')[0] === field)));
                await get({ client, path: { id: row.id }, query: { fields: itemFields },
                    responseValidator: sparseValidator(zod, itemPath), throwOnError: true });
                items++;
            }
        }
        console.log(`  ${collection}?fields=${fields}: ${isPaged(collection) ? `${rows.length} rows` : 'one answer'}`);
    }
    console.log(`  ${items} items read by id with fields=`);
    assert.ok(items > 0);
});

test('a typed call with fields= reads the sparse type, and the full type refuses it', { skip }, async () => {
    const client = createClient({ baseUrl: BASE_URL });
    const query = { depth: 1 as const, sort: '-total', size: 3, fields: 'id,title,totalKrw' };
    const { data } = await sdk.listPledges({ client, query, responseValidator: (answer) => zod.zSparsePledgePage.parseAsync(answer),
        throwOnError: true });
    const page: SparsePledgePage = data;
    // SparsePledge.title is `string | undefined`: a caller must say what a row without it means.
    const titles = page.data.map((pledge) => pledge.title ?? '(not asked for)');
    assert.equal(titles.length, 3);
    assert.ok(page.data.every((pledge) => Object.keys(pledge).join() === 'id,title,totalKrw'));
    assert.equal(page.meta.size, 3);
    const { data: one } = await sdk.getPledge({ client, path: { id: 'gwangju-seo:3-3-4' }, query: { fields: 'id,parent.code' },
        responseValidator: (answer) => zod.zSparsePledgeDetail.parseAsync(answer), throwOnError: true });
    const pledge: SparsePledgeDetail = one;
    assert.deepEqual(pledge, { id: 'gwangju-seo:3-3-4', parent: { code: '3-3' } });
    // The SDK's own check is the full answer's: unchanged for every caller that does not ask for fields, it refuses
    // the sparse answer, so a sparse answer can never pass for a full one.
    await assert.rejects(sdk.listPledges({ client, query, throwOnError: true }), (error: unknown) => {
        const message = error instanceof Error ? error.message : JSON.stringify(error);
        assert.ok(message.includes('governmentId'), `the error does not name a missing field: ${message}`);
        return true;
    });
});

for (const mutation of MUTATIONS.filter((m) => m.checkers.includes('client'))) {
    test(`a client generated from a contract with ${mutation.lie} throws on the real answer`, { skip }, async () => {
        const fields = mutation.query?.replace(/^&fields=/, '');
        const honest = await readCollection(sdk, createClient({ baseUrl: BASE_URL }), mutation.collection,
            fields ? { fields, zod } : undefined);
        assert.ok(honest.length > 0);
        await assert.rejects(readCollection(lyingSdk, createLyingClient({ baseUrl: BASE_URL }), mutation.collection,
            fields ? { fields, zod: lyingZod } : undefined),
            (error: unknown) => {
                const message = error instanceof Error ? error.message : JSON.stringify(error);
                assert.ok(message.includes(mutation.field), `the error does not name ${mutation.field}: ${message}`);
                console.log(`  ${mutation.collection}: ${message.replace(/\s+/g, ' ').slice(0, 200)}`);
                return true;
            });
    });
}
