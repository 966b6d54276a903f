import { z } from 'zod';
import { paginationShape, sortParam } from '../../platform/http/pagination.js';
import { zId } from '../../platform/ids/index.js';
import { email, Role } from '../account/schemas.js';

export const Member = z
  .object({
    id: zId('membership'),
    userId: zId('user'),
    email: z.string(),
    name: z.string(),
    kind: z.enum(['vendor', 'partner']),
    role: Role,
    partnerId: zId('partner').nullable(),
    createdAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Member' });

export const MemberParams = z.strictObject({ memberId: zId('membership') });
export const UpdateMember = z.strictObject({ role: Role }).meta({ id: 'UpdateMember' });
export const ListMembersQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at', 'email'], 'created_at'),
  q: z.string().trim().max(200).optional().meta({ description: 'Search in name and e-mail.' }),
  'filter[kind]': z.enum(['vendor', 'partner']).optional(),
  'filter[role]': Role.optional(),
  'filter[partnerId]': zId('partner').optional(),
});

export const Invitation = z
  .object({
    id: zId('invitation'),
    email: z.string(),
    kind: z.enum(['vendor', 'partner']),
    role: Role,
    partnerId: zId('partner').nullable(),
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Invitation' });

export const CreatedInvitation = Invitation.extend({
  token: z
    .string()
    .meta({ description: 'Single-use; shown once. E-mailed to the invitee once mail is configured.' }),
  acceptUrl: z.string(),
}).meta({ id: 'CreatedInvitation' });

export const CreateInvitation = z
  .strictObject({
    email,
    role: Role,
    partnerId: zId('partner')
      .optional()
      .meta({ description: 'Required for partner roles; partner admins may omit it.' }),
    expiresInDays: z.number().int().min(1).max(30).optional().meta({ description: 'Default 7.' }),
  })
  .meta({ id: 'CreateInvitation' });

export const InvitationParams = z.strictObject({ invitationId: zId('invitation') });
export const ListInvitationsQuery = z.strictObject({
  ...paginationShape,
  sort: sortParam(['created_at'], '-created_at'),
  'filter[status]': z.enum(['pending', 'accepted', 'revoked', 'expired']).optional(),
});

export const PasswordResetLink = z
  .object({ token: z.string(), resetUrl: z.string(), expiresAt: z.iso.datetime() })
  .meta({ id: 'PasswordResetLink' });
