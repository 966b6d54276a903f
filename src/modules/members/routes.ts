import { createPasswordReset } from '../../platform/auth/service.js';
import { AppError } from '../../platform/errors/index.js';
import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute, pageOf } from '../../platform/http/route.js';
import {
  CreatedInvitation,
  CreateInvitation,
  Invitation,
  InvitationParams,
  ListInvitationsQuery,
  ListMembersQuery,
  Member,
  MemberParams,
  PasswordResetLink,
  UpdateMember,
} from './schemas.js';
import {
  createInvitation,
  getMember,
  listInvitations,
  listMembers,
  removeMember,
  revokeInvitation,
  updateMemberRole,
} from './service.js';

const tags = ['Members'];
const actors = ['user', 'apiKey'] as const;
const publicUrl = (deps: { config: { publicUrl: string | undefined; port: number } }) =>
  deps.config.publicUrl ?? `http://localhost:${deps.config.port}`;

export const memberRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/members',
    operationId: 'listMembers',
    summary: 'List members',
    description:
      'Vendor staff and partner users of the workspace with their roles. Partner actors see their own organisation only.',
    tags,
    access: { permission: 'members.read', actors, workspace: true },
    rateLimit: null,
    query: ListMembersQuery,
    responses: { 200: { description: 'A page of members', schema: pageOf(Member, 'MemberPage') } },
    csv: {
      columns: ['id', 'userId', 'email', 'name', 'kind', 'role', 'partnerId', 'createdAt'],
      filename: 'members',
    },
    handler: async (ctx, { query }) => ({ body: await listMembers(ctx, query) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/members/:memberId',
    operationId: 'getMember',
    summary: 'Get a member',
    description: 'One membership with its user.',
    tags,
    access: { permission: 'members.read', actors, workspace: true },
    rateLimit: null,
    params: MemberParams,
    responses: { 200: { description: 'The member', schema: Member } },
    handler: async (ctx, { params }) => {
      const m = await getMember(ctx, params.memberId);
      return { body: m, version: m.version };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/members/:memberId',
    operationId: 'updateMember',
    summary: 'Change a member’s role',
    description: 'You can grant only roles your own role may assign; the last owner cannot be demoted.',
    tags,
    access: { permission: 'members.update', actors, workspace: true },
    rateLimit: null,
    params: MemberParams,
    body: UpdateMember,
    bodyExample: { role: 'viewer' },
    responses: { 200: { description: 'Updated', schema: Member } },
    handler: async (ctx, { params, body, headers }) => {
      const m = await updateMemberRole(ctx, params.memberId, body.role, parseIfMatch(headers['if-match']));
      return { body: m, version: m.version };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/members/:memberId',
    operationId: 'removeMember',
    summary: 'Remove a member',
    description: 'Removes the user from this workspace (the account itself remains).',
    tags,
    access: { permission: 'members.update', actors, workspace: true },
    rateLimit: null,
    params: MemberParams,
    responses: { 204: { description: 'Removed' } },
    handler: async (ctx, { params }) => {
      await removeMember(ctx, params.memberId);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/members/:memberId/password-reset',
    operationId: 'createMemberPasswordReset',
    summary: 'Create a password-reset link for a member',
    description:
      'Returns a single-use reset link (valid 1 h) to hand to the member. It is e-mailed instead once mail is configured.',
    tags,
    access: { permission: 'members.update', actors, workspace: true },
    rateLimit: { perMinute: 20, by: 'principal' },
    params: MemberParams,
    responses: { 201: { description: 'Link created', schema: PasswordResetLink } },
    handler: async (ctx, { params, deps }) => {
      const member = await getMember(ctx, params.memberId);
      if (member.role === 'owner' && ctx.actor.kind === 'user' && ctx.actor.membership?.role !== 'owner') {
        throw new AppError('forbidden', 'Only an owner can reset an owner’s password.');
      }
      const reset = await createPasswordReset(deps, member.userId);
      ctx.audit({ action: 'user.password_reset_requested', objectType: 'user', objectId: member.userId });
      return {
        status: 201,
        body: {
          token: reset.token,
          resetUrl: `${publicUrl(deps)}/reset-password#token=${reset.token}`,
          expiresAt: reset.expiresAt.toISOString(),
        },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/invitations',
    operationId: 'listInvitations',
    summary: 'List invitations',
    description:
      'Invitations of the workspace (a partner admin sees its organisation’s), filterable by status.',
    tags,
    access: { permission: 'members.invite', actors, workspace: true },
    rateLimit: null,
    query: ListInvitationsQuery,
    responses: {
      200: { description: 'A page of invitations', schema: pageOf(Invitation, 'InvitationPage') },
    },
    csv: {
      columns: ['id', 'email', 'kind', 'role', 'partnerId', 'status', 'createdAt', 'expiresAt'],
      filename: 'invitations',
    },
    handler: async (ctx, { query }) => ({ body: await listInvitations(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/invitations',
    operationId: 'createInvitation',
    summary: 'Invite a user',
    description:
      'Invites an e-mail address with a role. Partner roles need a `partnerId` (a partner admin invites into its own organisation). Returns the single-use token once; it is e-mailed once mail is configured.',
    tags,
    access: { permission: 'members.invite', actors, workspace: true },
    rateLimit: { perMinute: 60, by: 'principal' },
    body: CreateInvitation,
    bodyExample: { email: 'new.colleague@example.com', role: 'channel_manager' },
    responses: { 201: { description: 'Invitation created', schema: CreatedInvitation } },
    handler: async (ctx, { body, deps }) => ({
      status: 201,
      body: await createInvitation(ctx, body, publicUrl(deps)),
    }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/invitations/:invitationId',
    operationId: 'revokeInvitation',
    summary: 'Revoke an invitation',
    description: 'The token stops working at once.',
    tags,
    access: { permission: 'members.invite', actors, workspace: true },
    rateLimit: null,
    params: InvitationParams,
    responses: { 200: { description: 'Revoked', schema: Invitation } },
    handler: async (ctx, { params }) => ({ body: await revokeInvitation(ctx, params.invitationId) }),
  }),
];
