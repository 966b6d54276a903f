import { z } from 'zod';
import { partnerRoles, vendorRoles } from '../../platform/access/permissions.js';
import { zId } from '../../platform/ids/index.js';

export const email = z.email({ message: 'must be an e-mail address' }).max(254);
/** Length over composition rules (NIST SP 800-63B): 10–200 characters, anything goes. */
export const newPassword = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

export const LoginBody = z
  .strictObject({
    email,
    password: z.string().min(1, 'is required').max(200),
    totpCode: z
      .string()
      .regex(/^\d{6}$/, 'must be 6 digits')
      .optional(),
    recoveryCode: z.string().min(6).max(40).optional(),
  })
  .meta({ id: 'LoginRequest' });

export const Role = z.enum([...vendorRoles, ...partnerRoles]);

export const Membership = z
  .object({
    membershipId: zId('membership'),
    workspaceId: zId('workspace'),
    workspaceName: z.string(),
    kind: z.enum(['vendor', 'partner']),
    role: Role,
    partnerId: zId('partner').nullable(),
  })
  .meta({ id: 'MyMembership' });

export const Me = z
  .object({
    user: z.object({
      id: zId('user'),
      email: z.string(),
      name: z.string(),
      locale: z.string(),
      timeZone: z.string().nullable(),
      totpEnabled: z.boolean(),
    }),
    current: Membership.nullable(),
    memberships: z.array(Membership),
    permissions: z.array(z.string()),
    authenticatedWith: z.enum(['session', 'apiKey']),
  })
  .meta({ id: 'Me' });

export const SessionResponse = z
  .object({
    csrfToken: z
      .string()
      .meta({ description: 'Send as X-CSRF-Token on every write made with the session cookie.' }),
    expiresAt: z.iso.datetime(),
    me: Me,
  })
  .meta({ id: 'Session' });

export const SwitchWorkspaceBody = z
  .strictObject({ workspaceId: zId('workspace') })
  .meta({ id: 'SwitchWorkspace' });
export const TotpSetup = z.object({ secret: z.string(), otpauthUrl: z.string() }).meta({ id: 'TotpSetup' });
export const TotpCodeBody = z
  .strictObject({ code: z.string().regex(/^\d{6}$/, 'must be 6 digits') })
  .meta({ id: 'TotpCode' });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) }).meta({ id: 'RecoveryCodes' });
export const PasswordBody = z
  .strictObject({ password: z.string().min(1).max(200) })
  .meta({ id: 'PasswordConfirmation' });
export const ChangePasswordBody = z
  .strictObject({ currentPassword: z.string().min(1).max(200), newPassword })
  .meta({ id: 'ChangePassword' });
export const ResetRequestBody = z.strictObject({ email }).meta({ id: 'PasswordResetRequest' });
export const ResetConfirmBody = z
  .strictObject({ token: z.string().min(20).max(200), newPassword })
  .meta({ id: 'PasswordResetConfirm' });
export const AcceptInvitationBody = z
  .strictObject({
    token: z.string().min(20).max(200),
    name: z.string().trim().min(1).max(200).optional(),
    password: newPassword.optional(),
  })
  .meta({ id: 'AcceptInvitation' });
export const AcceptedInvitation = z
  .object({ workspaceId: zId('workspace'), userId: zId('user'), accountCreated: z.boolean() })
  .meta({ id: 'AcceptedInvitation' });
export const Accepted = z
  .object({ status: z.literal('accepted'), message: z.string() })
  .meta({ id: 'Accepted' });
export const LoggedOut = z.object({ sessionsEnded: z.number().int() }).meta({ id: 'LoggedOut' });

export const supportedLocales = ['en', 'de', 'ja'] as const;
const timeZones = new Set(Intl.supportedValuesOf('timeZone'));
export const UpdateProfileBody = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(200).optional(),
    locale: z.enum(supportedLocales).optional(),
    timeZone: z
      .string()
      .refine((tz) => timeZones.has(tz) || tz === 'UTC', 'must be an IANA time zone such as Europe/Berlin')
      .nullable()
      .optional(),
  })
  .meta({ id: 'UpdateProfile' });
