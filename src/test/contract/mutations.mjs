// A deliberately wrong copy of the contract, for the self-tests: each mutation makes it lie about answers the
// service really gives, the kinds of lie a checker exists to catch. A checker that passes the copy is broken.
// `checkers` says which checkers must catch it: the validator (Ajv) and the typed client (zod, which ignores fields it
// does not know, so an undeclared field is the validator's alone). A mutation with a `query` lies about the answer to
// a request with fields= (sent as the sparse type), which the checkers read with the sparse schema.
import { readFileSync, writeFileSync } from 'node:fs';

export const MUTATIONS = [
    {
        lie: 'an undeclared null: parentId (null for 서울특별시) declared as a plain string',
        collection: '/api/v1/governments',
        field: 'parentId',
        checkers: ['validator', 'client'],
        apply: (document) => {
            document.components.schemas.Government.properties.parentId = { type: 'string' };
        },
    },
    {
        lie: 'an unknown enum value: ExecutionKind without SETTLEMENT',
        collection: '/api/v1/execution-results',
        field: 'kind',
        checkers: ['validator', 'client'],
        apply: (document) => {
            document.components.schemas.ExecutionKind.enum = ['EXECUTION'];
        },
    },
    {
        lie: 'a missing required field: Figure requires checkedBy, which the service never sends',
        collection: '/api/v1/figures',
        field: 'checkedBy',
        checkers: ['validator', 'client'],
        apply: (document) => {
            const figure = document.components.schemas.Figure;
            figure.properties.checkedBy = { type: 'string' };
            figure.required.push('checkedBy');
        },
    },
    {
        lie: 'an undeclared field: Dataset without licenceNote',
        collection: '/api/v1/datasets',
        field: 'licenceNote',
        checkers: ['validator'],
        apply: (document) => {
            const dataset = document.components.schemas.Dataset;
            delete dataset.properties.licenceNote;
            dataset.required = dataset.required.filter((name) => name !== 'licenceNote');
        },
    },
    {
        lie: 'a required field in a sparse schema: SparsePledge requires title, which fields=id,totalKrw leaves out',
        collection: '/api/v1/pledges',
        query: '&fields=id,totalKrw',
        field: 'title',
        checkers: ['validator', 'client'],
        apply: (document) => {
            document.components.schemas.SparsePledge.required = ['title'];
        },
    },
    {
        lie: 'an undeclared null in a sparse schema: SparseExecutionResult.settlement declared never null',
        collection: '/api/v1/execution-results',
        query: '&fields=id,settlement.expenditure',
        field: 'settlement',
        checkers: ['validator', 'client'],
        apply: (document) => {
            const settlement = document.components.schemas.SparseExecutionResult.properties.settlement;
            settlement.anyOf = settlement.anyOf.filter((schema) => schema.type !== 'null');
        },
    },
];

export function mutated(document) {
    const copy = structuredClone(document);
    for (const mutation of MUTATIONS) {
        mutation.apply(copy);
    }
    return copy;
}

// node mutations.mjs CONTRACT OUT: writes the wrong copy of CONTRACT to OUT (the typed client's self-test).
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
    const [contract, out] = process.argv.slice(2);
    writeFileSync(out, JSON.stringify(mutated(JSON.parse(readFileSync(contract, 'utf8'))), null, 2));
}
