import { AppError } from '../errors/index.js';
import type { Actor } from './actor.js';
import { type Permission, rolePermissions } from './permissions.js';

/**
 * The one permission check. A user acts with its role's permissions in the current workspace;
 * an API key acts with its scopes (which were capped by its creator's role when it was made).
 */
export function can(actor: Actor, permission: Permission): boolean {
  switch (actor.kind) {
    case 'user':
      return actor.membership !== null && rolePermissions[actor.membership.role].includes(permission);
    case 'apiKey':
      return actor.scopes.includes(permission);
    case 'system':
      return true;
    default:
      return false;
  }
}

export function authorize(actor: Actor, permission: Permission): void {
  if (actor.kind === 'anonymous') throw new AppError('unauthenticated', 'Sign in or send an API key.');
  if (actor.kind === 'user' && actor.membership === null) {
    throw new AppError('forbidden', 'Select a workspace first (POST /api/v1/session/workspace).');
  }
  if (!can(actor, permission)) {
    throw new AppError(
      'forbidden',
      actor.kind === 'apiKey'
        ? `This API key lacks the scope ${permission}.`
        : `Your role does not allow ${permission}.`,
      { permission },
    );
  }
}
