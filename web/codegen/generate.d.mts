/** Turns the OpenAPI document into the portal's TypeScript types (openapi-typescript). */
export declare function generateApiTypes(document: Record<string, unknown>): Promise<string>;
