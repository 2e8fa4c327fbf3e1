// The committed OpenAPI 3.1 document as a response validator, built on Ajv (JSON Schema 2020-12, the dialect of
// OpenAPI 3.1): a second implementation beside the suite's (networknt's, in Java), sharing no code with it.
//
// It is stricter than the published contract in one way, on purpose: every object schema that lists its properties
// is closed (additionalProperties: false) here, so a field the service sends but the contract does not describe is
// reported too. The published contract stays open, so that a new field remains an addition for clients.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const CONTRACT_ID = 'urn:localgov:contract';
const SCHEMAS = '#/components/schemas/';

/** Operation lookup and body validation for one OpenAPI document (parsed JSON). */
export function contractValidator(document) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, validateFormats: true });
    addFormats(ajv, ['date', 'date-time', 'uri', 'uri-reference']);
    // OpenAPI's own formats of numbers: checked, not just named (a value outside int32 is a violation).
    ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
    ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
    ajv.addFormat('double', { type: 'number', validate: () => true });
    ajv.addFormat('float', { type: 'number', validate: () => true });
    // OpenAPI's annotations beside JSON Schema's.
    ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);

    const components = closeObjects(absoluteRefs(structuredClone(document.components?.schemas ?? {})));
    ajv.addSchema({ $id: CONTRACT_ID, $defs: components });

    const operations = Object.entries(document.paths ?? {}).map(([template, item]) => ({
        template,
        pattern: new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)') + '$'),
        item,
    }));
    const compiled = new Map();

    function schemaValidator(key, schema) {
        if (!compiled.has(key)) {
            compiled.set(key, ajv.compile(closeObjects(absoluteRefs(structuredClone(schema)))));
        }
        return compiled.get(key);
    }

    /**
     * What is wrong with one response: a list of {where, message}; empty when the contract describes it.
     * A 304 and a HEAD carry no body; anything but JSON is checked for its declared media type only.
     */
    function violations({ method, path, status, contentType, body }) {
        const found = operations.filter((op) => op.pattern.test(path));
        // A literal path (/investments/summary) wins over a template (/investments/{id}).
        found.sort((a, b) => (a.template.match(/\{/g) ?? []).length - (b.template.match(/\{/g) ?? []).length);
        const operation = found[0]?.item?.[method.toLowerCase()];
        if (!operation) {
            return [{ where: `${method} ${path}`, message: 'no operation in the contract' }];
        }
        const name = `${method} ${found[0].template} ${status}`;
        let response = operation.responses?.[String(status)] ?? operation.responses?.default;
        if (response?.$ref) {
            response = resolve(document, response.$ref);
        }
        if (!response) {
            return [{ where: name, message: `status ${status} is not declared` }];
        }
        if (status === 304 || method === 'HEAD') {
            return [];
        }
        const media = (contentType ?? '').split(';')[0].trim().toLowerCase();
        const declared = response.content?.[media];
        if (!declared) {
            return [{ where: name, message: `content type '${media}' is not declared (${Object.keys(response.content ?? {})})` }];
        }
        if (!media.endsWith('json') || !declared.schema) {
            return [];
        }
        let value;
        try {
            value = typeof body === 'string' ? JSON.parse(body) : body;
        } catch (e) {
            return [{ where: name, message: `body is not JSON: ${e.message}` }];
        }
        const validate = schemaValidator(`${name} ${media}`, declared.schema);
        if (validate(value)) {
            return [];
        }
        return validate.errors.map((error) => ({
            where: `${name} ${error.instancePath || '/'}`,
            kind: `${name.replace(/ \d+$/, '')} ${error.schemaPath} ${error.message}`,
            message: `${error.message} ${JSON.stringify(error.params)}`
                + ` (${error.schemaPath}; value ${JSON.stringify(valueAt(value, error.instancePath))})`,
        }));
    }

    return { violations, operations };
}

function resolve(document, ref) {
    return ref.replace(/^#\//, '').split('/').reduce((node, key) => node?.[key], document);
}

function valueAt(value, pointer) {
    return pointer.split('/').slice(1).reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], value);
}

/** "#/components/schemas/X" becomes a reference into the registered components, from anywhere. */
function absoluteRefs(node) {
    if (Array.isArray(node)) {
        node.forEach(absoluteRefs);
    } else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
            if (key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMAS)) {
                node[key] = `${CONTRACT_ID}#/$defs/${value.substring(SCHEMAS.length)}`;
            } else {
                absoluteRefs(value);
            }
        }
    }
    return node;
}

/** Every object schema that lists its properties admits no others (see the note at the top). */
function closeObjects(node) {
    if (Array.isArray(node)) {
        node.forEach(closeObjects);
    } else if (node && typeof node === 'object') {
        if (node.properties && typeof node.properties === 'object' && node.additionalProperties === undefined) {
            node.additionalProperties = false;
        }
        Object.values(node).forEach(closeObjects);
    }
    return node;
}
