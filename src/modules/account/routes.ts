import type { FastifyReply } from 'fastify';
import type { Actor } from '../../platform/access/actor.js';
import type { Deps } from '../../platform/access/context.js';
import { resolveAuth, SESSION_COOKIE } from '../../platform/auth/resolve.js';
import {
  acceptInvitation,
  beginTotpEnrolment,
  changePassword,
  confirmPasswordReset,
  confirmTotpEnrolment,
  disableTotp,
  login,
  logout,
  logoutEverywhere,
  requestPasswordReset,
  switchWorkspace,
} from '../../platform/auth/service.js';
import { AppError } from '../../platform/errors/index.js';
import { parseIfMatch } from '../../platform/http/etag.js';
import { defineRoute } from '../../platform/http/route.js';
import {
  Accepted,
  AcceptedInvitation,
  AcceptInvitationBody,
  ChangePasswordBody,
  LoggedOut,
  LoginBody,
  Me,
  PasswordBody,
  RecoveryCodes,
  ResetConfirmBody,
  ResetRequestBody,
  SessionResponse,
  SwitchWorkspaceBody,
  TotpCodeBody,
  TotpSetup,
  UpdateProfileBody,
} from './schemas.js';
import { describeMe, updateProfile } from './service.js';

const tags = ['Account'];
const sessionOnly = { permission: null, actors: ['user'] as const, workspace: false };
const anyPrincipal = { permission: null, actors: ['user', 'apiKey'] as const, workspace: false };

function setSessionCookie(reply: FastifyReply, deps: Deps, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure: deps.config.cookieSecure,
    sameSite: 'lax',
    expires: expiresAt,
  });
}

function userActor(actor: Actor) {
  if (actor.kind !== 'user') throw new AppError('forbidden', 'Only signed-in users can do this.');
  return actor;
}

export const accountRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/login',
    operationId: 'login',
    summary: 'Sign in',
    description:
      'Signs in with e-mail and password (plus `totpCode` or `recoveryCode` when two-factor is on; a missing code answers 401 `mfa_required`). Sets an HttpOnly session cookie and returns the CSRF token to send as `X-CSRF-Token` on writes. Repeated failures lock the account for a while; the error says until when.',
    tags,
    access: { public: true },
    rateLimit: null, // throttled per IP and locked per account inside login()
    body: LoginBody,
    bodyExample: { email: 'owner@demo.symbio.test', password: 'correct horse battery' },
    responses: { 200: { description: 'Signed in', schema: SessionResponse } },
    handler: async (_ctx, { body, request, deps }, reply) => {
      const grant = await login(deps, body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
        previousToken: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(reply, deps, grant.token, grant.expiresAt);
      request.cookies[SESSION_COOKIE] = grant.token;
      const { actor } = await resolveAuth(deps, request);
      return {
        body: {
          csrfToken: grant.csrfToken,
          expiresAt: grant.expiresAt.toISOString(),
          me: await describeMe(deps, actor),
        },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/logout',
    operationId: 'logout',
    summary: 'Sign out this session',
    description: 'Ends the current session; its cookie is useless afterwards.',
    tags,
    access: sessionOnly,
    rateLimit: null,
    responses: { 200: { description: 'Signed out', schema: LoggedOut } },
    handler: async (_ctx, { request, deps }, reply) => {
      const actor = userActor(request.actor);
      if (actor.sessionId) await logout(deps, actor.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { body: { sessionsEnded: 1 } };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/logout-all',
    operationId: 'logoutEverywhere',
    summary: 'Sign out everywhere',
    description: 'Ends every session of the signed-in user on every device.',
    tags,
    access: sessionOnly,
    rateLimit: null,
    responses: { 200: { description: 'Signed out everywhere', schema: LoggedOut } },
    handler: async (ctx, { request, deps }, reply) => {
      const actor = userActor(request.actor);
      const n = await logoutEverywhere(deps, actor.userId);
      ctx.audit({ action: 'user.logged_out_everywhere', objectType: 'user', objectId: actor.userId });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { body: { sessionsEnded: n } };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me',
    operationId: 'getMe',
    summary: 'Who am I',
    description:
      'The signed-in user (or API key): current workspace and role, all memberships, effective permissions.',
    tags,
    access: anyPrincipal,
    rateLimit: null,
    responses: {
      200: {
        description: 'The principal',
        schema: Me.extend({ user: Me.shape.user.nullable() }).meta({ id: 'Principal' }),
      },
    },
    handler: async (_ctx, { request, deps }) => {
      const { version, ...me } = await describeMe(deps, request.actor);
      return { body: me, ...(version !== undefined ? { version } : {}) };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/me',
    operationId: 'updateProfile',
    summary: 'Update my profile',
    description:
      'Changes your display name, portal language (en, de, ja) or time zone (IANA name; null = the browser’s).',
    tags,
    access: sessionOnly,
    rateLimit: null,
    body: UpdateProfileBody,
    bodyExample: { name: 'Ada Lovelace', locale: 'de', timeZone: 'Europe/Berlin' },
    responses: { 200: { description: 'Updated', schema: Me } },
    handler: async (ctx, { request, deps, body, headers }) => {
      const { version, ...me } = await updateProfile(
        ctx,
        deps,
        request.actor,
        body,
        parseIfMatch(headers['if-match']),
      );
      return { body: me, version };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/session/workspace',
    operationId: 'switchWorkspace',
    summary: 'Switch workspace',
    description: 'Makes another of your workspaces the current one for this session.',
    tags,
    access: sessionOnly,
    rateLimit: null,
    body: SwitchWorkspaceBody,
    bodyExample: { workspaceId: 'wks_01jq3v3z8xf5sbk9m2n7r4t6wd' },
    responses: { 200: { description: 'Switched', schema: Me } },
    handler: async (_ctx, { request, deps, body }) => {
      const actor = userActor(request.actor);
      if (!actor.sessionId) throw new AppError('forbidden');
      await switchWorkspace(deps, actor.sessionId, actor.userId, body.workspaceId);
      const { actor: switched } = await resolveAuth(deps, request);
      return { body: await describeMe(deps, switched) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/account/totp/setup',
    operationId: 'beginTotpEnrolment',
    summary: 'Start two-factor enrolment',
    description:
      'Creates a new TOTP secret (not active until confirmed) and returns it with an otpauth:// URL for a QR code.',
    tags,
    access: sessionOnly,
    rateLimit: null,
    responses: { 200: { description: 'Secret to enrol', schema: TotpSetup } },
    handler: async (_ctx, { request, deps }) => ({
      body: await beginTotpEnrolment(deps, userActor(request.actor).userId),
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/account/totp/enable',
    operationId: 'confirmTotpEnrolment',
    summary: 'Turn on two-factor',
    description:
      'Confirms enrolment with a current code; returns ten single-use recovery codes, shown only this once.',
    tags,
    access: sessionOnly,
    rateLimit: { perMinute: 10, by: 'principal' },
    body: TotpCodeBody,
    bodyExample: { code: '123456' },
    responses: { 200: { description: 'Two-factor is on', schema: RecoveryCodes } },
    handler: async (ctx, { request, deps, body }) => ({
      body: {
        recoveryCodes: await confirmTotpEnrolment(
          deps,
          userActor(request.actor).userId,
          body.code,
          ctx.audit,
        ),
      },
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/account/totp/disable',
    operationId: 'disableTotp',
    summary: 'Turn off two-factor',
    description: 'Turns two-factor off after confirming the password; recovery codes are discarded.',
    tags,
    access: sessionOnly,
    rateLimit: { perMinute: 10, by: 'principal' },
    body: PasswordBody,
    bodyExample: { password: 'correct horse battery' },
    responses: { 204: { description: 'Two-factor is off' } },
    handler: async (ctx, { request, deps, body }) => {
      await disableTotp(deps, userActor(request.actor).userId, body.password, ctx.audit);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/account/password',
    operationId: 'changePassword',
    summary: 'Change password',
    description: 'Changes the password and signs out every other session.',
    tags,
    access: sessionOnly,
    rateLimit: { perMinute: 10, by: 'principal' },
    body: ChangePasswordBody,
    bodyExample: { currentPassword: 'correct horse battery', newPassword: 'a longer new passphrase' },
    responses: { 204: { description: 'Changed' } },
    handler: async (ctx, { request, deps, body }) => {
      const actor = userActor(request.actor);
      await changePassword(deps, actor.userId, actor.sessionId, body, ctx.audit);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    operationId: 'requestPasswordReset',
    summary: 'Request a password reset',
    description:
      'Always answers 202, whether or not the e-mail has an account. The single-use link (valid 1 h) is e-mailed once mail is configured; until then an admin can create one from the members API.',
    tags,
    access: { public: true },
    rateLimit: { perMinute: 5, by: 'ip' },
    body: ResetRequestBody,
    bodyExample: { email: 'someone@example.com' },
    responses: { 202: { description: 'Accepted', schema: Accepted } },
    handler: async (_ctx, { deps, body }) => {
      await requestPasswordReset(deps, body.email);
      return {
        status: 202,
        body: { status: 'accepted', message: 'If this e-mail has an account, a reset link is on its way.' },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/password-reset/confirm',
    operationId: 'confirmPasswordReset',
    summary: 'Set a new password with a reset token',
    description: 'Spends the token, sets the password, lifts any lockout and ends every session.',
    tags,
    access: { public: true },
    rateLimit: { perMinute: 10, by: 'ip' },
    body: ResetConfirmBody,
    bodyExample: { token: 'f3H0pW2b5Jc9mQ1xV7tY4rE8uI6oP0aS', newPassword: 'a longer new passphrase' },
    responses: { 204: { description: 'Password set' } },
    handler: async (_ctx, { deps, body }) => {
      await confirmPasswordReset(deps, body.token, body.newPassword);
      return { status: 204 };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/invitations/accept',
    operationId: 'acceptInvitation',
    summary: 'Accept an invitation',
    description:
      'Spends an invitation token and adds its workspace membership. A new e-mail needs `name` and `password`; an existing account just gains the membership.',
    tags,
    access: { public: true },
    rateLimit: { perMinute: 10, by: 'ip' },
    body: AcceptInvitationBody,
    bodyExample: {
      token: 'f3H0pW2b5Jc9mQ1xV7tY4rE8uI6oP0aS',
      name: 'Ada Example',
      password: 'a longer new passphrase',
    },
    responses: { 200: { description: 'Accepted', schema: AcceptedInvitation } },
    handler: async (_ctx, { deps, body, request }) => {
      const r = await acceptInvitation(deps, body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      return { body: { workspaceId: r.workspaceId, userId: r.userId, accountCreated: r.created } };
    },
  }),
];
