// Every answer a client can get from the running service's /api/v1 without guessing: each collection of the
// contract at the largest page size (size=1000), every page of it, and every item of it by id; besides, for each
// operation, one answer it gives to a bad request (an unknown id, a size over the maximum), which must be a
// problem as the contract describes. The same walk with fields= (sparse answers) asks each operation that takes
// fields for a few of them, chosen from the contract.

/** The type of an answer to a request that names its fields (fields=): its rows hold those alone. */
export const SPARSE_JSON = 'application/vnd.localgov.sparse+json';
const SCHEMAS = '#/components/schemas/';

function schemaName(reference) {
    if (!reference?.$ref?.startsWith(SCHEMAS)) {
        throw new Error(`not a schema reference: ${JSON.stringify(reference)}`);
    }
    return reference.$ref.substring(SCHEMAS.length);
}

function takes(operation, name) {
    return (operation.parameters ?? []).some((p) => p.in === 'query' && p.name === name);
}

/** The schema of a row of an operation's full answer: the items of its page's data, or the answer itself. */
function rowSchema(document, template) {
    const get = document.paths[template].get;
    const answer = schemaName(get.responses['200'].content['application/json'].schema);
    return takes(get, 'size') ? schemaName(document.components.schemas[answer].properties.data.items) : answer;
}

/** The object schema a property holds (itself, as the items of a list, or beside null), or undefined. */
function nestedObject(document, property) {
    return [property, property.items, ...(property.anyOf ?? [])]
        .filter((candidate) => candidate?.$ref)
        .map(schemaName)
        .find((name) => document.components.schemas[name]?.properties);
}

/**
 * What the walk asks of an operation with fields=: the id (else the first field) and the first field of the row's
 * first nested object or list of objects (outer.inner), as the Java suite's SparseAnswersContractTest does; null
 * when the operation takes no fields.
 */
export function sparseFields(document, template) {
    if (!takes(document.paths[template].get, 'fields')) {
        return null;
    }
    const properties = document.components.schemas[rowSchema(document, template)].properties;
    const names = Object.keys(properties);
    const fields = [names.includes('id') ? 'id' : names[0]];
    const nested = names.filter((name) => name !== fields[0])
        .map((name) => [name, nestedObject(document, properties[name])]).find(([, object]) => object);
    if (nested) {
        fields.push(`${nested[0]}.${Object.keys(document.components.schemas[nested[1]].properties)[0]}`);
    }
    return fields.join(',');
}

/** The schema the contract declares for an operation's answer of the sparse type (SparsePledgePage). */
export function sparseSchema(document, template) {
    return schemaName(document.paths[template].get.responses['200'].content[SPARSE_JSON]?.schema);
}

/** The GET operations of the contract under /api/: collections (no path parameter) and items ({id}). */
export function apiOperations(document) {
    const collections = [];
    const items = [];
    for (const [template, item] of Object.entries(document.paths)) {
        if (!template.startsWith('/api/') || !item.get) {
            continue;
        }
        (template.includes('{') ? items : collections).push(template);
    }
    return { collections: collections.sort(), items: items.sort() };
}

/**
 * The collection whose rows are the items of an item path: /api/v1/pledges for /api/v1/pledges/{id}, and for a
 * document of an item (/api/v1/datasets/{id}/package) the collection of that item.
 */
export function collectionOf(itemTemplate) {
    return itemTemplate.replace(/\/\{[^}]+\}(\/.*)?$/, '');
}

/**
 * What a client of the operation asks for: JSON where the operation sends it, otherwise the media type it declares
 * (a zip, JSON-LD), and a problem in either case.
 */
export function acceptOf(document, template) {
    const content = Object.keys(document.paths[template]?.get?.responses?.['200']?.content ?? {});
    return content.length === 0 || content.includes('application/json')
        ? 'application/json'
        : [...content, 'application/problem+json'].join(', ');
}

/** One GET of the service, as the validator takes it. */
export async function fetchAnswer(baseUrl, path, accept = 'application/json') {
    const response = await fetch(baseUrl + path, { headers: { Accept: accept } });
    const body = await response.text();
    return { method: 'GET', path: new URL(baseUrl + path).pathname, url: path, status: response.status,
        contentType: response.headers.get('content-type'), body };
}

/**
 * Calls every collection (all pages at size=1000) and every item, handing each answer to onResponse; returns the
 * number of answers per collection and items. Fails when a collection that has items is empty (nothing to walk).
 */
/** The required query parameters of an operation (a search's term), each with its example: `q=%EC%B9%A8%EC%88%98&`. */
function requiredQuery(operation) {
    return (operation.parameters ?? []).filter((p) => p.in === 'query' && p.required)
        .map((p) => `${p.name}=${encodeURIComponent(p.example)}&`).join('');
}

export async function walk(baseUrl, document, onResponse, { sparse = false } = {}) {
    const { collections, items } = apiOperations(document);
    const ids = new Map();
    const counts = {};
    // With fields=, what the walk asks of each operation, and an Accept header that names the sparse type.
    const fieldsOf = (template) => (sparse ? sparseFields(document, template) : null);
    const asked = (template, separator) => (fieldsOf(template)
        ? `${separator}fields=${encodeURIComponent(fieldsOf(template))}` : '');
    const acceptFor = (template) => (sparse ? `${SPARSE_JSON}, application/json` : acceptOf(document, template));
    for (const collection of collections.filter((template) => !sparse || fieldsOf(template))) {
        const paged = (document.paths[collection].get.parameters ?? []).some((p) => p.in === 'query' && p.name === 'size');
        const required = requiredQuery(document.paths[collection].get);
        let next = paged ? `${collection}?${required}size=1000${asked(collection, '&')}` : collection + asked(collection, '?');
        ids.set(collection, []);
        let pages = 0;
        const accept = acceptFor(collection);
        while (next) {
            const answer = await fetchAnswer(baseUrl, next, accept);
            await onResponse(answer);
            pages++;
            if (answer.status !== 200) {
                throw new Error(`${next} answered ${answer.status}, so its rows cannot be walked: ${answer.body.slice(0, 300)}`);
            }
            if (!sparse && accept !== 'application/json') {
                break; // one document, no rows
            }
            const page = JSON.parse(answer.body);
            for (const row of page.data ?? []) {
                if (row && typeof row.id === 'string') {
                    ids.get(collection).push(row.id);
                }
            }
            next = page.links?.next ?? null;
        }
        counts[collection] = { pages, rows: ids.get(collection).length };
        await onResponse(await fetchAnswer(baseUrl, paged ? `${collection}?${required}size=1001` : `${collection}?size=1`,
            accept));
    }
    for (const item of items.filter((template) => !sparse || fieldsOf(template))) {
        const rows = ids.get(collectionOf(item)) ?? [];
        if (rows.length === 0) {
            throw new Error(`no ids to walk ${item}: ${collectionOf(item)} listed no rows`);
        }
        const accept = acceptFor(item);
        for (const id of rows) {
            await onResponse(await fetchAnswer(baseUrl,
                item.replace(/\{[^}]+\}/, encodeURIComponent(id)) + asked(item, '?'), accept));
        }
        counts[item] = { items: rows.length };
        await onResponse(await fetchAnswer(baseUrl, item.replace(/\{[^}]+\}/, 'no-such-id'), accept));
    }
    return counts;
}
