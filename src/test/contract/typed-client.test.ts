// A typed client generated from the committed contract (@hey-api/openapi-ts: TypeScript types, and a zod schema of
// every answer that the SDK checks each response against) reads every collection (size=1000, all pages) and every
// item of the running service. TypeScript's strict null checks make a caller handle each declared null; zod makes
// the client throw on an undeclared one, an unknown enum value or a missing field. A client generated the same way
// from a deliberately wrong copy of the contract (mutations.mjs) must throw on the same answers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { createClient } from './generated/client/client/index.js';
import * as sdk from './generated/client/sdk.gen.js';
import type { ExecutionResult, Provenance } from './generated/client/types.gen.js';
import { createClient as createLyingClient } from './generated/mutated-client/client/index.js';
import * as lyingSdk from './generated/mutated-client/sdk.gen.js';
import { MUTATIONS } from './mutations.mjs';

const BASE_URL = process.env.BASE_URL;
const skip = BASE_URL ? false : 'BASE_URL is not set';

type Operation = { get?: { operationId?: string; parameters?: { name: string; in: string }[] } };
// Run from this directory (npm test), as the compiled test lives in build/.
const document = JSON.parse(readFileSync('../../../openapi/openapi.json', 'utf8')) as {
    paths: Record<string, Operation>;
};

/** What every generated SDK function is, seen from a caller who picks it by operationId. */
type SdkFunction = (options: {
    client: ReturnType<typeof createClient>;
    path?: Record<string, string>;
    query?: Record<string, number>;
    throwOnError: true;
}) => Promise<{ data: unknown }>;

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

type Page = { data: { id: string }[]; links: { next: string | null } };

/** Every row of a collection through the generated client: size=1000, page after page. */
async function readCollection(module: object, client: ReturnType<typeof createClient>, path: string) {
    const call = sdkFunction(module, operationId(path));
    if (!isPaged(path)) {
        await call({ client, throwOnError: true });
        return [];
    }
    const rows: { id: string }[] = [];
    for (let page = 1; ; page++) {
        const { data } = await call({ client, query: { size: 1000, page }, throwOnError: true });
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

for (const mutation of MUTATIONS.filter((m) => m.checkers.includes('client'))) {
    test(`a client generated from a contract with ${mutation.lie} throws on the real answer`, { skip }, async () => {
        const honest = await readCollection(sdk, createClient({ baseUrl: BASE_URL }), mutation.collection);
        assert.ok(honest.length > 0);
        await assert.rejects(readCollection(lyingSdk, createLyingClient({ baseUrl: BASE_URL }), mutation.collection),
            (error: unknown) => {
                const message = error instanceof Error ? error.message : JSON.stringify(error);
                assert.ok(message.includes(mutation.field), `the error does not name ${mutation.field}: ${message}`);
                console.log(`  ${mutation.collection}: ${message.replace(/\s+/g, ' ').slice(0, 200)}`);
                return true;
            });
    });
}
