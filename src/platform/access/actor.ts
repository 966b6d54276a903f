import type { Permission, Role } from './permissions.js';

/** Who is acting. Every service function receives it inside `ctx`; nothing else decides access. */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      sessionId: string | null;
      /** Null when the user has no workspace selected yet (only account-level routes then). */
      membership: { id: string; workspaceId: string; role: Role; partnerId: string | null } | null;
    }
  | {
      kind: 'apiKey';
      apiKeyId: string;
      workspaceId: string;
      partnerId: string | null;
      scopes: Permission[];
    }
  | { kind: 'system'; workspaceId: string | null; job: string }
  | { kind: 'anonymous' };

export type ActorKind = Actor['kind'];

export function actorWorkspace(actor: Actor): string | null {
  switch (actor.kind) {
    case 'user':
      return actor.membership?.workspaceId ?? null;
    case 'apiKey':
      return actor.workspaceId;
    case 'system':
      return actor.workspaceId;
    default:
      return null;
  }
}

export function actorPartner(actor: Actor): string | null {
  if (actor.kind === 'user') return actor.membership?.partnerId ?? null;
  if (actor.kind === 'apiKey') return actor.partnerId;
  return null;
}

/** Stable identifier of the principal (for audit entries and idempotency scoping). */
export function actorId(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.userId;
    case 'apiKey':
      return actor.apiKeyId;
    case 'system':
      return `system:${actor.job}`;
    default:
      return 'anonymous';
  }
}

/** Vendor staff vs partner side: partner actors get 404 for anything outside their organisation. */
export function isPartnerActor(actor: Actor): boolean {
  return actorPartner(actor) !== null;
}
