// Turns the OpenAPI document into the portal's TypeScript types (openapi-typescript). Lives in its
// own package because openapi-typescript drives the TypeScript 5 compiler API, which the project's
// TypeScript 7 (native tsc) does not ship; npm installs TypeScript 5 beside it, here only.
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * Generated from the OpenAPI document by openapi-typescript. Do not edit.
 * Regenerate with: npm run api:types (a test fails when this file drifts from the API).
 */

`;

/** @param {Record<string, unknown>} document the OpenAPI 3.1 document as served at /api/v1/openapi.json */
export async function generateApiTypes(document) {
  const ast = await openapiTS(/** @type {never} */ (document), { alphabetize: false });
  return HEADER + astToString(ast);
}
