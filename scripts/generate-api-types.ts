/**
 * Writes the portal's API types from an OpenAPI document (default .tmp/openapi.json, written by
 * scripts/write-openapi.ts). `npm run api:types` runs both; test/portal-api-types.test.ts fails
 * when the committed file no longer matches the API.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateApiTypes } from '@symbio/web-codegen';

export const API_TYPES_FILE = 'web/src/platform/api/schema.gen.ts';

const input = process.argv[2] ?? '.tmp/openapi.json';
const output = process.argv[3] ?? API_TYPES_FILE;
writeFileSync(output, await generateApiTypes(JSON.parse(readFileSync(input, 'utf8'))));
console.log(`wrote ${output}`);
