type Json = Record<string, unknown>;

/**
 * Drops component schemas nothing references (zod emits both `X` and `XInput` for every
 * registered schema, STACK-NOTES G8), so the document lints clean.
 */
export function pruneUnusedSchemas(doc: Json): Json {
  const components = (doc.components ?? {}) as { schemas?: Record<string, unknown> };
  const schemas = components.schemas ?? {};
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
          const name = v.slice('#/components/schemas/'.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(v);
      }
    }
  };
  visit(doc.paths);
  components.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return doc;
}

/**
 * Puts each route's `bodyExample` on its operation's request body (`requestBody.content[…].example`),
 * matched by operationId: the docs show a valid body, and the generated cross-tenant and bad-input
 * tests start every attack from it. (Done on the finished document because @fastify/swagger drops
 * keywords beside a body schema's `$ref`.)
 */
export function addBodyExamples(
  doc: Json,
  routes: readonly { operationId: string; bodyExample?: unknown; bodyLimit?: number }[],
): Json {
  const examples = new Map(routes.map((r) => [r.operationId, r.bodyExample]));
  const limits = new Map(routes.map((r) => [r.operationId, r.bodyLimit]));
  for (const item of Object.values((doc.paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const op of Object.values(item)) {
      // A route that takes file uploads documents its own body limit (clients and tests read it).
      const limit = limits.get(op.operationId as string);
      if (limit !== undefined) op['x-body-limit'] = limit;
      const example = examples.get(op.operationId as string);
      const content = (op.requestBody as { content?: Record<string, Json> } | undefined)?.content;
      if (example === undefined || !content) continue;
      for (const media of Object.values(content)) media.example = example;
    }
  }
  return doc;
}
