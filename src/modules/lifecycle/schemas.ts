import { z } from 'zod';
import { paginationShape } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';
import { lifecycleStates } from './states.js';

export const Transition = z
  .object({
    id: zId('transition'),
    partnerId: zId('partner'),
    from: z.enum(lifecycleStates),
    to: z.enum(lifecycleStates),
    reason: z.string(),
    actorKind: z.string(),
    actorId: z.string().meta({ description: 'usr_…, key_… or system:<job>.' }),
    at: z.iso.datetime(),
  })
  .meta({ id: 'Transition' });

export const CreateTransition = z
  .strictObject({
    to: z.enum(lifecycleStates),
    reason: z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters'),
  })
  .meta({ id: 'CreateTransition' });

export const ListTransitionsQuery = z.strictObject({ ...paginationShape });

export const ActivityItem = z
  .object({
    id: z.string().meta({ description: 'The audit entry (aud_…) or transition (ltr_…).' }),
    kind: z.enum(['audit', 'transition']),
    at: z.iso.datetime(),
    actorKind: z.string(),
    actorId: z.string(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    transition: z
      .object({ from: z.enum(lifecycleStates), to: z.enum(lifecycleStates), reason: z.string() })
      .nullable(),
  })
  .meta({ id: 'ActivityItem' });

export const ListActivityQuery = z.strictObject({ ...paginationShape });
