import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ActorKind } from '../access/actor.js';
import type { Ctx, Deps } from '../access/context.js';
import type { Permission } from '../access/permissions.js';
import { ProblemSchema } from '../errors/index.js';

/**
 * Who may call a route. `permission: null` means any authenticated actor of the listed kinds
 * (account-level routes such as /me); `public` routes need no authentication at all.
 */
export type Access =
  | { public: true }
  | {
      public?: false;
      permission: Permission | null;
      actors: readonly ActorKind[];
      /** false for account-level routes that work before a workspace is selected. */
      workspace: boolean;
    };

/** Requests per minute per key; enforced in PostgreSQL so every app node shares the count. */
export type RateLimit = { perMinute: number; by: 'ip' | 'principal' } | null;

type AnyZod = z.ZodType;
type Out<S> = S extends AnyZod ? z.output<S> : undefined;

export type HandlerInput<P, Q, B> = {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  headers: FastifyRequest['headers'];
  request: FastifyRequest;
  /**
   * Pools and config. Only the auth routes use it, for the `unsafe…` system lookups that must
   * happen before a tenant is known (and must survive the request transaction's rollback).
   */
  deps: Deps;
};

export type HandlerResult = {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sets ETag: "<version>" on the response. */
  version?: number;
};

export type ListPage = { data: Record<string, unknown>[]; nextCursor: string | null };

export type RouteDef<P = AnyZod | undefined, Q = AnyZod | undefined, B = AnyZod | undefined> = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  access: Access;
  rateLimit: RateLimit;
  params?: P;
  query?: Q;
  body?: B;
  /** A valid body, used by the docs and by the generated cross-tenant and fuzz tests. */
  bodyExample?: Out<B>;
  /** Success responses by status; errors are added for every route. */
  responses: Record<number, { description: string; schema?: AnyZod }>;
  /** List routes: the CSV columns, so `Accept: text/csv` exports every matching row. */
  csv?: { columns: string[]; filename: string };
  /** Bytes this route accepts in a body, when it needs more than BODY_LIMIT_BYTES (file uploads). */
  bodyLimit?: number;
  handler: (ctx: Ctx, input: HandlerInput<P, Q, B>, reply: FastifyReply) => Promise<HandlerResult>;
};

export function defineRoute<
  P extends AnyZod | undefined = undefined,
  Q extends AnyZod | undefined = undefined,
  B extends AnyZod | undefined = undefined,
>(def: RouteDef<P, Q, B>): RouteDef<AnyZod | undefined, AnyZod | undefined, AnyZod | undefined> {
  return def as unknown as RouteDef<AnyZod | undefined, AnyZod | undefined, AnyZod | undefined>;
}

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** Page envelope shared by every list: `{ data, nextCursor }`. */
export function pageOf<T extends AnyZod>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .meta({ description: 'Pass as `cursor` to get the next page; null on the last.' }),
    })
    .meta({ id });
}
