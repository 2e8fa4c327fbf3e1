// The second, independent check of the contract (the first is the Java suite's, with networknt's validator): Ajv
// validates every answer of the running service, every collection at size=1000 (all pages) and every item by id,
// against openapi/openapi.json. BASE_URL names the service (.ci/contract-check.sh starts the packaged jar).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { contractValidator } from './contract.mjs';
import { MUTATIONS, mutated } from './mutations.mjs';
import { fetchAnswer, SPARSE_JSON, walk } from './walk.mjs';

const BASE_URL = process.env.BASE_URL;
const document = JSON.parse(readFileSync(new URL('../../../openapi/openapi.json', import.meta.url), 'utf8'));

test('every collection at size=1000 and every item by id answers as the contract says', { skip: !BASE_URL && 'BASE_URL is not set' }, async () => {
    const validator = contractValidator(document);
    const kinds = new Map();
    let answers = 0;
    const counts = await walk(BASE_URL, document, (answer) => {
        answers++;
        for (const violation of validator.violations(answer)) {
            const kind = violation.kind ?? violation.where;
            kinds.set(kind, [...(kinds.get(kind) ?? []), violation]);
        }
    });
    for (const [path, count] of Object.entries(counts)) {
        console.log(`  ${path}: ${JSON.stringify(count)}`);
    }
    const report = [...kinds.values()].map((found) => `${found.length} × ${found[0].where}: ${found[0].message}`);
    console.log(`  ${answers} answers checked, ${kinds.size} kinds of violation`);
    assert.deepEqual(report, [], `answers that break the contract:\n${report.join('\n')}`);
});

test('every collection and item asked with fields= answers as the contract says, as its sparse type', { skip: !BASE_URL && 'BASE_URL is not set' }, async () => {
    const validator = contractValidator(document);
    const kinds = new Map();
    let answers = 0;
    const note = (kind, violation) => kinds.set(kind, [...(kinds.get(kind) ?? []), violation]);
    const counts = await walk(BASE_URL, document, (answer) => {
        answers++;
        if (answer.status === 200 && !answer.contentType?.startsWith(SPARSE_JSON)) {
            note(`type ${answer.contentType}`, { where: answer.url, message: `sent as ${answer.contentType}` });
        }
        for (const violation of validator.violations(answer)) {
            note(violation.kind ?? violation.where, violation);
        }
    }, { sparse: true });
    for (const [path, count] of Object.entries(counts)) {
        console.log(`  ${path}: ${JSON.stringify(count)}`);
    }
    const report = [...kinds.values()].map((found) => `${found.length} × ${found[0].where}: ${found[0].message}`);
    console.log(`  ${answers} answers with fields= checked, ${kinds.size} kinds of violation`);
    assert.ok(Object.keys(counts).length >= 20, `only ${Object.keys(counts).length} operations walked`);
    assert.deepEqual(report, [], `answers with fields= that break the contract:\n${report.join('\n')}`);
});

test('the validator reports each lie of a deliberately wrong contract about the running service', { skip: !BASE_URL && 'BASE_URL is not set' }, async () => {
    const validator = contractValidator(mutated(document));
    for (const mutation of MUTATIONS.filter((m) => m.checkers.includes('validator'))) {
        const answer = await fetchAnswer(BASE_URL, `${mutation.collection}?size=1000${mutation.query ?? ''}`);
        assert.equal(answer.status, 200);
        const found = validator.violations(answer);
        const hit = found.find((v) => v.where.includes(mutation.field) || v.message.includes(mutation.field));
        assert.ok(hit, `${mutation.lie}: not reported (got ${JSON.stringify(found.slice(0, 3))})`);
        console.log(`  ${mutation.lie}: reported ${found.length} times, e.g. ${hit.where}: ${hit.message.slice(0, 160)}`);
    }
});

test('the validator reports bad answers fed to it directly', () => {
    const validator = contractValidator(document);
    const seoul = { id: 'seoul', name: '서울특별시', level: 'METROPOLITAN', levelLabel: '광역', adminCode: '11', parentId: null };
    const answer = (body, status = 200, contentType = 'application/json') => validator.violations({
        method: 'GET', path: '/api/v1/governments/seoul', status, contentType, body: JSON.stringify(body) });
    assert.deepEqual(answer(seoul), []);
    const reported = (found, what) => assert.ok(found.some((v) => `${v.where} ${v.message}`.includes(what)),
        `expected a violation naming ${what}, got ${JSON.stringify(found)}`);
    reported(answer({ ...seoul, adminCode: null }), 'adminCode');
    reported(answer({ ...seoul, level: 'CITY' }), 'level');
    const { levelLabel, ...withoutLabel } = seoul;
    reported(answer(withoutLabel), 'levelLabel');
    reported(answer({ ...seoul, population: 9386034 }), 'population');
    reported(answer(seoul, 201), '201');
    reported(answer(seoul, 200, 'text/plain'), 'text/plain');
    reported(answer({ status: 404 }, 404, 'application/problem+json'), 'title');
    // A sparse answer: accepted as its own type, refused as application/json (whose rows require every field), and
    // its fields still checked (a null where none is declared, an unknown field).
    assert.deepEqual(answer({ id: 'seoul', parentId: null }, 200, SPARSE_JSON), []);
    reported(answer({ id: 'seoul', parentId: null }), 'levelLabel');
    reported(answer({ id: 'seoul', name: null }, 200, SPARSE_JSON), 'name');
    reported(answer({ id: 'seoul', population: 9386034 }, 200, SPARSE_JSON), 'population');
});
