// The typed client: generated from the committed contract (or, for the self-test, from the deliberately wrong copy
// that CONTRACT names) into OUTPUT, with a zod schema of every answer that the SDK checks each response against.
export default {
    input: process.env.CONTRACT ?? '../../../openapi/openapi.json',
    output: { path: process.env.OUTPUT ?? 'generated/client', module: { extension: '.js' } },
    plugins: ['@hey-api/client-fetch', 'zod', { name: '@hey-api/sdk', validator: true }],
};
