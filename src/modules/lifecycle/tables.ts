import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { partnerPolicy, publicId, ts } from '../../platform/db/columns.js';

/** Every lifecycle move of a partner, append-only: who, when, why. The partner sees its own. */
export const partnerTransitions = pgTable(
  'partner_transitions',
  {
    workspaceId: publicId('workspace')('workspace_id').notNull(),
    id: publicId('transition')('id').notNull(),
    partnerId: publicId('partner')('partner_id').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    reason: text('reason').notNull(),
    /** Who: the principal (usr_…, key_… or system:<job>) and its kind. */
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('partner_transitions_partner_idx').on(t.workspaceId, t.partnerId, t.at, t.id),
    partnerPolicy('partner_transitions'),
  ],
);
