/**
 * Generated from the OpenAPI document by openapi-typescript. Do not edit.
 * Regenerate with: npm run api:types (a test fails when this file drifts from the API).
 */

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Signs in with e-mail and password (plus `totpCode` or `recoveryCode` when two-factor is on; a missing code answers 401 `mfa_required`). Sets an HttpOnly session cookie and returns the CSRF token to send as `X-CSRF-Token` on writes. Repeated failures lock the account for a while; the error says until when.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out this session
         * @description Ends the current session; its cookie is useless afterwards.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out everywhere
         * @description Ends every session of the signed-in user on every device.
         */
        post: operations["logoutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The signed-in user (or API key): current workspace and role, all memberships, effective permissions.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update my profile
         * @description Changes your display name, portal language (en, de, ja) or time zone (IANA name; null = the browser’s).
         */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/api/v1/session/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch workspace
         * @description Makes another of your workspaces the current one for this session.
         */
        post: operations["switchWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start two-factor enrolment
         * @description Creates a new TOTP secret (not active until confirmed) and returns it with an otpauth:// URL for a QR code.
         */
        post: operations["beginTotpEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn on two-factor
         * @description Confirms enrolment with a current code; returns ten single-use recovery codes, shown only this once.
         */
        post: operations["confirmTotpEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn off two-factor
         * @description Turns two-factor off after confirming the password; recovery codes are discarded.
         */
        post: operations["disableTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change password
         * @description Changes the password and signs out every other session.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a password reset
         * @description Always answers 202, whether or not the e-mail has an account. The single-use link (valid 1 h) is e-mailed once mail is configured; until then an admin can create one from the members API.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset token
         * @description Spends the token, sets the password, lifts any lockout and ends every session.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description Spends an invitation token and adds its workspace membership. A new e-mail needs `name` and `password`; an existing account just gains the membership.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current workspace
         * @description The workspace (partner program) the session or API key acts in.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the current workspace
         * @description Renames the workspace or changes its slug. Send If-Match to avoid lost updates.
         */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a workspace
         * @description Creates a new workspace (partner program) with you as its owner. Switch to it with POST /api/v1/session/workspace.
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List members
         * @description Vendor staff and partner users of the workspace with their roles. Partner actors see their own organisation only.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a member
         * @description One membership with its user.
         */
        get: operations["getMember"];
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Removes the user from this workspace (the account itself remains).
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member’s role
         * @description You can grant only roles your own role may assign; the last owner cannot be demoted.
         */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/api/v1/members/{memberId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a password-reset link for a member
         * @description Returns a single-use reset link (valid 1 h) to hand to the member. It is e-mailed instead once mail is configured.
         */
        post: operations["createMemberPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invitations
         * @description Invitations of the workspace (a partner admin sees its organisation’s), filterable by status.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite a user
         * @description Invites an e-mail address with a role. Partner roles need a `partnerId` (a partner admin invites into its own organisation). Returns the single-use token once; it is e-mailed once mail is configured.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an invitation
         * @description The token stops working at once.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partner organisations
         * @description Vendor staff see every partner of the workspace; a partner user or partner API key sees only its own organisation. Filter, search, sort, paginate, or export CSV with `Accept: text/csv`.
         */
        get: operations["listPartners"];
        put?: never;
        /**
         * Create a partner organisation
         * @description Creates a partner in state `prospect` or `active` (default); later states are reached through transitions. Custom field values are checked against the workspace’s definitions. Send `Idempotency-Key` to make retries safe.
         */
        post: operations["createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a partner organisation
         * @description Returns the partner with its ETag. Another tenant’s partner answers 404.
         */
        get: operations["getPartner"];
        put?: never;
        post?: never;
        /**
         * Delete a partner organisation
         * @description Deletes a partner that has no users. The audit log keeps its last state.
         */
        delete: operations["deletePartner"];
        options?: never;
        head?: never;
        /**
         * Update a partner organisation
         * @description Changes the given fields. Send `If-Match` with the ETag you read to avoid overwriting someone else’s change (412 if stale). `status` is refused: use POST /api/v1/partners/{partnerId}/transitions. Partner users may change only the fields the directory settings open to them (403 names the others) and partner-editable custom fields.
         */
        patch: operations["updatePartner"];
        trace?: never;
    };
    "/api/v1/partners/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply one action to many partners
         * @description Adds or removes tags, sets the owner, or moves up to 500 partners to a lifecycle state (needs `lifecycle.transition`). Each partner is changed atomically on its own: the answer lists per partner either the updated record or the problem it ran into (e.g. `invalid_transition` with the allowed states). Ids that name no partner refuse the whole request (400).
         */
        post: operations["bulkUpdatePartners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a partner’s contacts
         * @description People at the partner (primary, billing, technical, executive…), who need not be users.
         */
        get: operations["listPartnerContacts"];
        put?: never;
        /**
         * Add a contact to a partner
         * @description Partner users may add contacts when the directory settings allow `contacts`.
         */
        post: operations["createPartnerContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a partner contact
         * @description The audit log keeps its last state.
         */
        delete: operations["deletePartnerContact"];
        options?: never;
        head?: never;
        /**
         * Change a partner contact
         * @description Send `If-Match` to avoid lost updates.
         */
        patch: operations["updatePartnerContact"];
        trace?: never;
    };
    "/api/v1/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom partner fields
         * @description The workspace’s own partner attributes (text, number, date, select). Values live in `customFields` of each partner.
         */
        get: operations["listCustomFields"];
        put?: never;
        /**
         * Define a custom partner field
         * @description Key and type cannot change later. `partnerEditable` lets partner users set the value themselves.
         */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-fields/{customFieldId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a custom partner field
         * @description Also removes its value from every partner.
         */
        delete: operations["deleteCustomField"];
        options?: never;
        head?: never;
        /**
         * Change a custom partner field
         * @description Label, select options and whether partners may edit it.
         */
        patch: operations["updateCustomField"];
        trace?: never;
    };
    "/api/v1/directory-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the directory settings
         * @description Which profile fields partner users may edit on their own record.
         */
        get: operations["getDirectorySettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the directory settings
         * @description Sets the profile fields partner users may edit (`contacts` = their contact list).
         */
        patch: operations["updateDirectorySettings"];
        trace?: never;
    };
    "/api/v1/partner-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List saved directory views
         * @description Your own saved views and those shared with the workspace, by name.
         */
        get: operations["listSavedViews"];
        put?: never;
        /**
         * Save a directory view
         * @description Stores a name and a directory query string (validated like the list query).
         */
        post: operations["createSavedView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner-views/{savedViewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a saved view
         * @description Only the user who saved it may delete it.
         */
        delete: operations["deleteSavedView"];
        options?: never;
        head?: never;
        /**
         * Change a saved view
         * @description Only the user who saved it may change it.
         */
        patch: operations["updateSavedView"];
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partner’s lifecycle history
         * @description Every state change, newest first. Partner users read their own organisation’s.
         */
        get: operations["listPartnerTransitions"];
        put?: never;
        /**
         * Move a partner to another lifecycle state
         * @description Records who, when and why, and emits `partner.state_changed`. A move the lifecycle does not allow answers 409 `invalid_transition` with `from`, `to` and `allowed` (the states reachable from the current one). Offboarding revokes the partner’s sessions and API keys at once.
         */
        post: operations["transitionPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partner’s activity timeline
         * @description The partner’s audit entries merged with its lifecycle transitions, newest first. Vendor staff only.
         */
        get: operations["listPartnerActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Keys of the workspace (a partner admin sees its organisation’s) with scopes and last-used time. Secrets are never shown again.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a key with the given scopes (never more than your own permissions). With `partnerId` (or when a partner admin creates it) the key is partner-scoped. The secret is in this response only; only its SHA-256 is stored.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{apiKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API key
         * @description One key’s metadata (never its secret).
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once (401 from then on). The record stays for the audit trail.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description Every change in the workspace, newest first: who, what, before/after, when, request id and IP. Filterable; CSV with `Accept: text/csv`.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the audit hash chain
         * @description Re-computes every entry’s hash from its content and its predecessor’s hash, and checks the chain head. Names the first altered or missing entry.
         */
        post: operations["verifyAuditChain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List event types
         * @description Every event type an endpoint can subscribe to, with a description and a sample `data` payload.
         */
        get: operations["listWebhookEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Endpoints of the workspace with their subscriptions and health (failing since, last success).
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Subscribes a URL to event types (`*` for all). Deliveries are signed per the Standard Webhooks specification with the secret returned here once. Private, loopback and link-local targets are refused unless the operator allows them.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description One endpoint (never its secrets, only their last four characters).
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint and its delivery log.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes URL, subscriptions or description, or enables/disables it. Send If-Match to avoid lost updates.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/webhooks/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Creates a new secret (returned once). During the overlap window (default 24 h) deliveries carry signatures from the old and the new secret, so receivers can switch without dropping messages.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deliveries of an endpoint
         * @description The delivery log: every event sent to this endpoint, its status, attempts and last response.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{endpointId}/replay-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay every failed delivery of an endpoint
         * @description Puts every failed delivery back in the queue, due now, with a fresh set of retries.
         */
        post: operations["replayFailedWebhookDeliveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a delivery with its attempts
         * @description The payload sent and every attempt: request headers, response code and body (first 4 KiB), latency, error.
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay one delivery
         * @description Sends the delivery again (same webhook-id), whatever its status.
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notifications
         * @description Your in-app notification feed in the current workspace, newest first, with the unread count.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Marks one of your notifications read (again is harmless).
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all notifications read
         * @description Marks every unread notification of yours in this workspace read.
         */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outgoing mail of the workspace
         * @description Every e-mail the workspace caused: queued, sent, failed (gave up after retries) or stored. Without SMTP_URL nothing is sent and this is the dev mailbox.
         */
        get: operations["listMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/{mailId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One e-mail with its content
         * @description Subject, text and HTML as rendered (the dev mailbox shows this).
         */
        get: operations["getMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/{mailId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a failed e-mail
         * @description Queues a mail that gave up (dead letter) again, due now.
         */
        post: operations["retryMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screening/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the loaded denied-party lists
         * @description Every screening list of the workspace with its entry count and when and by whom it was imported.
         */
        get: operations["listScreeningLists"];
        put?: never;
        /**
         * Load a denied-party list
         * @description Creates a screening list from the U.S. Consolidated Screening List CSV (`format: "csl"`, the file as `csv`: a header row with at least `name`; `alt_names` and `programs` `;`-separated; countries from `country` or the last part of each `addresses` entry) or from OFAC’s legacy SDN files (`format: "ofac_legacy"`: `sdn`, `alt`, `add` — header-less, joined on ent_num). Rows that cannot be read are skipped and listed in `errors` with their file and line. Every later screening of the workspace uses the list at once.
         */
        post: operations["createScreeningList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screening/lists/{listId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a denied-party list
         * @description The list’s metadata; its entries are under /entries.
         */
        get: operations["getScreeningList"];
        /**
         * Re-import a denied-party list
         * @description Replaces every entry of the list with a newer file in either format (same body as creating one) and keeps its id; the version goes up and screenings use the new entries at once. Send `If-Match` with the ETag you read to refuse a concurrent re-import (412).
         */
        put: operations["replaceScreeningList"];
        post?: never;
        /**
         * Delete a denied-party list
         * @description Deletes the list and its entries; screenings stop using it at once. Vetting results already recorded keep the evidence they showed.
         */
        delete: operations["deleteScreeningList"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screening/lists/{listId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse a list’s entries
         * @description The entries of one list by name, with a substring search over names and aliases that ignores case, accents and punctuation. `Accept: text/csv` exports them.
         */
        get: operations["listScreeningEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screening/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screen a name against every list
         * @description Fuzzy-matches an organisation’s or person’s name against every entry and alias of every list of the workspace: case, punctuation, accents, legal forms (Inc, GmbH, S.A., OOO …) and word order do not matter, typos cost a little, a differing distinctive word costs much. Each hit has its score (0–1), the name or alias that matched, the entry, its countries and source list. A shared `country` adds a little to a close score; a different one never lowers it.
         */
        post: operations["checkScreening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partner programs
         * @description The programs of the workspace with their public application settings and vetting rules. Partner users may read them too. Export CSV with `Accept: text/csv`.
         */
        get: operations["listPrograms"];
        put?: never;
        /**
         * Create a partner program
         * @description Creates a program. Its public application form is at `/apply/<workspace slug>/<program slug>`; the slug is unique in the workspace (409 otherwise). `vetting` holds the automated vetting rules and `dealRules` the rules of engagement for deal registration; omitted rules take their defaults.
         */
        post: operations["createProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{programId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a partner program
         * @description Returns the program with its ETag. Partner users read their own program, including its rules of engagement (`dealRules`, without the approvers).
         */
        get: operations["getProgram"];
        put?: never;
        post?: never;
        /**
         * Delete a partner program
         * @description Deletes a program no partner joined and nobody applied to (409 otherwise: close its applications instead).
         */
        delete: operations["deleteProgram"];
        options?: never;
        head?: never;
        /**
         * Update a partner program
         * @description Changes the given fields; `vetting` and `dealRules` are each replaced as a whole (rules left out take their defaults). Send `If-Match` with the ETag you read (412 if stale).
         */
        patch: operations["updateProgram"];
        trace?: never;
    };
    "/api/v1/public/application-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public application form of a program
         * @description What the public form at `/apply/<workspace>/<program>` shows: program name and description, whether it takes applications, the partner types it accepts and which optional fields its vetting requires. No sign-in.
         */
        get: operations["getApplicationForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply to a partner program
         * @description Stores the application and e-mails a one-time confirmation link (valid 48 h); only a confirmed application counts. Limited per IP address and per e-mail domain. No sign-in. The password becomes the admin user’s — unless the e-mail already has an account, which keeps its own.
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/applications/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an application’s e-mail address
         * @description Spends the one-time token from the confirmation e-mail. Creates the applicant organisation and its admin user, runs vetting and answers the outcome in applicant-safe words (a screening or duplicate finding reads “in review”), with a status token for later.
         */
        post: operations["verifyApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/applications/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An application’s status, for the applicant
         * @description The outcome and the reason the applicant may see, for the status token from the confirmation.
         */
        get: operations["getApplicationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/applications/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a request for more information
         * @description With the status token: a message to the reviewer and corrected answers. Vetting runs again and the application is back in the review queue.
         */
        post: operations["respondToApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partner applications (review queue)
         * @description Vendor staff with `applications.review` see every application; `filter[status]=submitted` is the manual review queue. A partner user sees only its own organisation’s (without vetting findings). Export CSV with `Accept: text/csv`.
         */
        get: operations["listApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a partner application
         * @description The answers and, for staff, every vetting reason with its evidence (a screening hit names the matched entry, alias, list and score).
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{applicationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve, reject or ask for more information
         * @description A reviewer’s decision with a reason the applicant sees (by e-mail and on the status page). Approve moves the partner to onboarding, reject offboards it; request_info asks the applicant, whose answer puts the application back in the queue.
         */
        post: operations["decideApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{programId}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a program’s agreements with their versions
         * @description Every agreement of the program, its current version and all earlier ones (hashes, not texts).
         */
        get: operations["listAgreements"];
        put?: never;
        /**
         * Create an agreement with its first version
         * @description Publishes the text as version 1. The text is stored byte for byte with its SHA-256.
         */
        post: operations["createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an agreement and its versions
         * @description The agreement, its current version and the list of versions with their SHA-256.
         */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{agreementId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a new version of an agreement
         * @description Changed text becomes the next version (201); text identical to the current version publishes nothing (200). Versions are never edited or deleted: signatures of earlier versions stay valid for what was signed.
         */
        post: operations["publishAgreementVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreement-versions/{agreementVersionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the exact text of an agreement version
         * @description The text and the SHA-256 of its UTF-8 bytes.
         */
        get: operations["getAgreementVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{programId}/onboarding-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a program’s onboarding templates
         * @description One per partner type at most, plus the program default (partnerType null).
         */
        get: operations["listOnboardingTemplates"];
        put?: never;
        /**
         * Create an onboarding template
         * @description Tasks a partner of this program (and type) gets when it enters onboarding. 409 if the program already has one for the type.
         */
        post: operations["createOnboardingTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding-templates/{onboardingTemplateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an onboarding template
         * @description Applies to checklists started from now on; running checklists keep their tasks.
         */
        put: operations["replaceOnboardingTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a partner’s onboarding checklist and milestones
         * @description The current checklist (open, else the last completed) with its tasks, and time to productivity: applied, activated, first deal registered, first deal won, and the days between.
         */
        get: operations["getPartnerOnboarding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the checklist of a partner in onboarding
         * @description Checklists start by themselves when a partner enters onboarding; this starts one for a partner that is in onboarding without one. Returns the onboarding.
         */
        post: operations["startPartnerOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the agreement an agreement task asks to sign
         * @description The current version’s exact text and its SHA-256: sign by sending that hash back.
         */
        get: operations["getOnboardingTaskAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign the agreement of an agreement task
         * @description A user of the partner signs the version they read: its id, its SHA-256, their name and consent. Records who, when, from which IP and user agent, renders the certificate PDF and completes the task.
         */
        post: operations["signOnboardingAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a partner’s agreement signatures
         * @description Every signature, newest first, each for the exact version signed.
         */
        get: operations["listOnboardingSignatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/signatures/{signatureId}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a signature certificate (PDF)
         * @description The certificate rendered at signing, unchanged; the signed text is attached inside the PDF.
         */
        get: operations["getSignatureCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/signatures/{signatureId}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a signature against the signed text
         * @description Recomputes the SHA-256 of the signed version’s stored text and of the stored certificate and compares them with what was recorded at signing.
         */
        get: operations["verifyOnboardingSignature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/tax": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get tax details (masked)
         * @description The tax form as given, with the number masked.
         */
        get: operations["getOnboardingTax"];
        /**
         * Give tax details
         * @description W-9 (US persons), W-8BEN-E (entities outside the US) or a country tax number, validated for its format and check digits. The number is encrypted at rest and only ever returned masked. Completes the tax task.
         */
        put: operations["putOnboardingTax"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/bank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get bank details (masked)
         * @description Masked values only; the full numbers never leave the server.
         */
        get: operations["getOnboardingBank"];
        /**
         * Give bank details
         * @description An IBAN (validated, with optional BIC) or an account number with its routing number. Encrypted at rest (AES-256-GCM), masked in every response, never logged. Completes the bank task.
         */
        put: operations["putOnboardingBank"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload the document of a document task
         * @description Send the file as the raw body with `Content-Type: application/pdf`, `image/png` or `image/jpeg`. The content is checked (magic bytes), not only the header; type and size limits are the task’s (default 10 MB). Completes the task.
         */
        put: operations["uploadOnboardingDocument"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an uploaded document
         * @description The file as uploaded, with its content type.
         */
        get: operations["downloadOnboardingDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a custom task
         * @description For custom tasks only; the other kinds complete by doing them (sign, give details, upload, course).
         */
        post: operations["completeOnboardingTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Waive a task
         * @description The task no longer blocks activation; the reason is recorded and shown.
         */
        post: operations["waiveOnboardingTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a task
         * @description Back to todo, with the reason (not on a completed checklist).
         */
        post: operations["reopenOnboardingTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/tasks/{onboardingTaskId}/mark-done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a task done
         * @description For tasks done outside Symbio (e.g. a course before the enablement module reports it), with the reason.
         */
        post: operations["markDoneOnboardingTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/onboarding/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an onboarding reminder now
         * @description E-mails the partner’s admins the list of open required tasks (besides the scheduled reminders).
         */
        post: operations["sendOnboardingReminder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{programId}/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tiers of a program
         * @description Ordered by rank (1 = entry tier). Partner users see the tiers of their own program only (404 for another).
         */
        get: operations["listTiers"];
        put?: never;
        /**
         * Add a tier to a program
         * @description Criteria are a rule tree over metrics in the program’s rolling window (`tierWindowDays`); null means every partner qualifies (the usual entry tier). A bad node answers 400 naming its path, e.g. `criteria.rules.1.threshold`. Ranks are unique per program (409).
         */
        post: operations["createTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{programId}/tiers/{tierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tier
         * @description Returns the tier with its ETag.
         */
        get: operations["getTier"];
        put?: never;
        post?: never;
        /**
         * Delete a tier
         * @description Past decisions keep the tier’s name; partners holding it are re-evaluated at the next recompute.
         */
        delete: operations["deleteTier"];
        options?: never;
        head?: never;
        /**
         * Change a tier
         * @description Changes name, rank, criteria or benefits. Send `If-Match` to avoid lost updates (412 if stale). Partners are re-evaluated at the next recompute (daily, or POST …/tiers/recompute).
         */
        patch: operations["updateTier"];
        trace?: never;
    };
    "/api/v1/programs/{programId}/tiers/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute every partner’s tier now
         * @description Runs the daily recompute of the program at once: promotions apply, demotions start their grace period (with a warning e-mail) or apply when due. Writes commit in batches; 409 while another recompute of the program runs.
         */
        post: operations["recomputeProgramTiers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record metric events for a partner
         * @description Revenue won, deals won, certified people (a head count report; the latest in the window counts) and customer satisfaction scores. Idempotent per `(metric, externalRef)`: re-sent events are counted as duplicates. The partner is re-evaluated at once, so an earned promotion applies immediately.
         */
        post: operations["recordPartnerMetrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/tier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partner’s tier, why, and progress toward the next
         * @description The current tier with its benefits, the explanation of the last evaluation, the next tier’s criteria with progress (0–1) toward each condition, and a pending demotion if one runs. Partner users see their own organisation only.
         */
        get: operations["getPartnerTier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/tier/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute one partner’s tier now
         * @description Evaluates the partner against its program’s tiers at once (same rules as the daily run).
         */
        post: operations["recomputePartnerTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/tier/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partner’s tier history
         * @description Every placement, promotion, demotion, pending and cancelled demotion with its explanation, newest first.
         */
        get: operations["listPartnerTierDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{partnerId}/benefits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partner’s tier benefits
         * @description Discount, rebate, MDF eligibility and lead priority of the partner’s current tier (all zero without a tier).
         */
        get: operations["getPartnerBenefits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Extension requests of a registration
         * @description The registration’s extension requests, newest first, and the program’s limits: how many extensions it allows, how long each may be, how many were used, and whether (or why not) another may be asked for now.
         */
        get: operations["listDealExtensions"];
        put?: never;
        /**
         * Ask to extend a registration’s protection
         * @description The registering partner (or staff on its behalf) asks for `days` more protection on an approved registration. The program’s rules of engagement limit how often (`extensions.maxCount`, 409 when used up) and by how much (`extensions.maxDays`, 400 naming `days`); one request waits at a time (409). Without `extensions.requireApproval` a request within the limits is granted at once; otherwise it joins the review queue.
         */
        post: operations["requestDealExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The extension review queue
         * @description Staff only: extension requests by status (`pending` by default), oldest first, with the deal, its partner, the current protection end and the program’s limits. Export CSV with `Accept: text/csv`.
         */
        get: operations["listDealExtensionQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-extensions/{extensionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide an extension request
         * @description Approve (optionally for a different number of `days`, within the program’s limit) or reject a pending request, with a reason the partner is told in-app and by e-mail. Approval moves the protection end, counts the extension and restarts the expiry warnings. 409 when the request was already decided or the deal can no longer be extended.
         */
        post: operations["decideDealExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deal registrations and shared opportunities
         * @description Staff see every registration; a partner sees its own and the deals it was added to (its side only). Filter by state, stage, partner, conflict level, product line, close dates or a queue (`review`, `conflicts`). Export CSV with `Accept: text/csv`.
         */
        get: operations["listDeals"];
        put?: never;
        /**
         * Register a deal
         * @description Saves a draft registration, or submits it at once with `submit: true` (conflict check, then auto-approval or review). Staff register on a partner’s behalf by naming `partnerId`. Products come from the catalogue; a line item without `unitPriceMinor` takes the list price in the deal’s currency, and `amountMinor` defaults to the line items’ total.
         */
        post: operations["createDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deal
         * @description Returns the deal with its ETag. A partner learns whether its registration conflicts and the outcome, never with whom.
         */
        get: operations["getDeal"];
        put?: never;
        post?: never;
        /**
         * Delete a draft
         * @description Deletes a draft registration; anything submitted stays on record (409).
         */
        delete: operations["deleteDeal"];
        options?: never;
        head?: never;
        /**
         * Edit a draft or returned registration
         * @description Only drafts and registrations returned for information can be edited (409 otherwise; approved deals are worked through the co-selling routes). Send `If-Match` (412 if stale).
         */
        patch: operations["updateDeal"];
        trace?: never;
    };
    "/api/v1/deals/{dealId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a registration
         * @description Submits a draft or a returned registration: takes the next submission number under the customer’s lock, checks for conflicts with every partner’s registrations and the vendor pipeline, then auto-approves (program rules) or queues it for review with the SLA timer. Concurrent submissions of one customer resolve deterministically: the first wins, the others are conflicts pointing at it.
         */
        post: operations["submitDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed registration receipt
         * @description Proof of registration: the content as submitted (canonical JSON, RFC 8785), its SHA-256, the submission time and sequence number, signed with the workspace’s Ed25519 key. Verify the signature over the canonical JSON of `{dealId, partnerId, submittedAt, submissionSeq, contentSha256}`. 409 before submission.
         */
        get: operations["getDealReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a registration
         * @description Start the review, approve (protection starts), reject or return for information. A reason is required to reject or return; the partner is told it in-app and by e-mail. A registration with an open conflict is decided in the conflict queue instead (409).
         */
        post: operations["decideDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conflict evidence of a registration
         * @description Staff only: the registrations and vendor opportunities this one matched at its last submission, each with score, level and evidence, and the other side for a side-by-side view.
         */
        get: operations["getDealConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deal-conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The conflict queue
         * @description Staff only: registrations with an open conflict, each with its candidates and evidence side by side.
         */
        get: operations["listDealConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/conflict-resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a conflict
         * @description `approve_this` (this registration wins; the other is rejected), `keep_existing` (this one is rejected), `merge` (folded into the earlier deal; its partner joins it with `mergeRole`), or `split` (both approved, each for its own product lines). Both partners are told what happened to their own registration, never who the other is.
         */
        post: operations["resolveDealConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List product lines
         * @description The product lines of the workspace catalogue (the unit of exclusivity and conflict splits). Partners see active ones only. Export CSV with `Accept: text/csv`.
         */
        get: operations["listProductLines"];
        put?: never;
        /**
         * Create a product line
         * @description Creates a product line. `code` (stored upper-case) is unique in the workspace (409 naming `code`).
         */
        post: operations["createProductLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-lines/{productLineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product line
         * @description Returns the product line with its ETag.
         */
        get: operations["getProductLine"];
        put?: never;
        post?: never;
        /**
         * Delete a product line
         * @description Deletes a product line that has no products (409 otherwise: deactivate it instead).
         */
        delete: operations["deleteProductLine"];
        options?: never;
        head?: never;
        /**
         * Update a product line
         * @description Changes the given fields; `"active": false` takes the line (and its products) off the partners’ picker. Send `If-Match` with the ETag you read (412 if stale).
         */
        patch: operations["updateProductLine"];
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description The products of the workspace catalogue with their list prices per currency (minor units). Partners see active products of active lines only — what they can register. Filter by line, state or search; export CSV with `Accept: text/csv`.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product
         * @description Creates a product in a product line. `sku` is unique in the workspace (409 naming `sku`). `listPrices` maps ISO 4217 codes to minor units; each bad entry is named (`listPrices.EUR`).
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a product
         * @description Returns the product with its ETag.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /**
         * Delete a product
         * @description Deletes the product. Registered deals keep their copied line items; prefer deactivating (`"active": false`) to keep it in reports.
         */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        /**
         * Update a product
         * @description Changes the given fields; `listPrices` replaces the whole price list. `"active": false` takes the product off the partners’ picker (registered deals keep their line items). Send `If-Match` with the ETag you read (412 if stale).
         */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customer accounts
         * @description The vendor’s own customer accounts (from its CRM). Filter, search, sort, paginate, or export CSV with `Accept: text/csv`. Vendor only: partner credentials get 403 (404 for a single object).
         */
        get: operations["listAccounts"];
        put?: never;
        /**
         * Create a customer account
         * @description Creates an account. `externalRef` (your CRM’s id) is unique in the workspace (409 naming it). The normalised name and the website’s registrable domain are stored for conflict detection. Vendor only: partner credentials get 403 (404 for a single object).
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import customer accounts from CSV
         * @description Send the file as the raw body with `Content-Type: text/csv` (up to 10 MiB, 20,000 rows). Header row (any order, case-insensitive): externalRef, name (required), website, country, industry, ownerName, strategic (true/false). Rows upsert on externalRef; rows without one are created. Valid rows are written in one transaction; rows with errors are skipped and listed in `errors` with their line (the header is line 1) and column. `?dryRun=true` reports the same without writing. Vendor only: partner credentials get 403 (404 for a single object).
         */
        post: operations["importAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer account
         * @description Returns the account with its ETag. Vendor only: partner credentials get 403 (404 for a single object).
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        /**
         * Delete a customer account
         * @description Deletes the account. Its opportunities stay (they carry the customer fields) and lose the link. Vendor only: partner credentials get 403 (404 for a single object).
         */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        /**
         * Update a customer account
         * @description Changes the given fields (null clears an optional one). Send `If-Match` with the ETag you read (412 if stale). Vendor only: partner credentials get 403 (404 for a single object).
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/api/v1/vendor-opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List vendor opportunities
         * @description The vendor’s own (direct) pipeline, which conflict detection compares every registration with. Filter, search, sort, paginate, or export CSV with `Accept: text/csv`. Vendor only: partner credentials get 403 (404 for a single object).
         */
        get: operations["listVendorOpportunities"];
        put?: never;
        /**
         * Create a vendor opportunity
         * @description Creates an opportunity of the vendor’s own pipeline. `externalRef` is unique in the workspace (409 naming it); `amountMinor` is in minor units of `currency`. The normalised customer name and the website’s registrable domain are stored for conflict detection. Vendor only: partner credentials get 403 (404 for a single object).
         */
        post: operations["createVendorOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-opportunities/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import vendor opportunities from CSV
         * @description Send the file as the raw body with `Content-Type: text/csv` (up to 10 MiB, 20,000 rows). Header row (any order, case-insensitive): externalRef, name and customerName (required), customerWebsite, customerCountry (ISO 3166-1 alpha-2), amount (decimal in major units, e.g. 12500.00; at most the currency’s decimals), currency (ISO 4217; required with an amount), stage, status (open, won, lost), expectedCloseDate (YYYY-MM-DD), productLineCodes (`;`-separated product line codes), accountExternalRef (an existing account’s externalRef), ownerName. Rows upsert on externalRef; rows without one are created. Valid rows are written in one transaction; rows with errors are skipped and listed in `errors` with their line (the header is line 1) and column. `?dryRun=true` reports the same without writing. Vendor only: partner credentials get 403 (404 for a single object).
         */
        post: operations["importVendorOpportunities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-opportunities/{vendorOpportunityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a vendor opportunity
         * @description Returns the opportunity with its ETag. Vendor only: partner credentials get 403 (404 for a single object).
         */
        get: operations["getVendorOpportunity"];
        put?: never;
        post?: never;
        /**
         * Delete a vendor opportunity
         * @description Deletes the opportunity; it no longer takes part in conflict detection (prefer status lost/won to keep history). Vendor only: partner credentials get 403 (404 for a single object).
         */
        delete: operations["deleteVendorOpportunity"];
        options?: never;
        head?: never;
        /**
         * Update a vendor opportunity
         * @description Changes the given fields (null clears an optional one; `productLineIds` replaces the list). Send `If-Match` with the ETag you read (412 if stale). Vendor only: partner credentials get 403 (404 for a single object).
         */
        patch: operations["updateVendorOpportunity"];
        trace?: never;
    };
    "/api/v1/deals/{dealId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the timeline of a deal
         * @description State and stage changes, field changes, comments, files and participants, newest first (`sort=created_at` for oldest first). Staff see every entry; a partner sees its own side and what is shared with all partners on the deal — never another partner’s side.
         */
        get: operations["listDealActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment on a deal
         * @description Partners comment on their own side. Staff choose `internal` (vendor only), one partner’s `side` (with `partnerId`) or `participants` (the default). `mentionedUserIds` are notified in-app; each must be able to see the comment (400 naming `mentionedUserIds.<i>` otherwise). A partner’s comment also records a co-selling touchpoint.
         */
        post: operations["addDealComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/mentionable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People you may @mention on a deal
         * @description For the comment box’s autocomplete. Staff: vendor staff and the users of every partner on the deal. A partner: its own colleagues and the vendor staff already on its timeline.
         */
        get: operations["listDealMentionable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the files of a deal
         * @description Newest first; a partner sees its own side’s files and those shared with all partners on the deal.
         */
        get: operations["listDealFiles"];
        put?: never;
        /**
         * Attach a file to a deal
         * @description Send the file as the raw body (PDF, PNG, JPEG, Word/Excel/PowerPoint OOXML, CSV or plain text; up to 25 MB) with its `Content-Type` (or `application/octet-stream`) and `?filename=`. The content is checked, not only the header. Visibility as for comments: partners share with their own side.
         */
        post: operations["uploadDealFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/files/{dealFileId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a deal file
         * @description The file as uploaded, as an attachment with its name.
         */
        get: operations["downloadDealFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/files/{dealFileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a deal file
         * @description The person who uploaded it, or vendor staff.
         */
        delete: operations["deleteDealFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/opportunity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the shared opportunity fields
         * @description On approved deals: stage, amount and currency, products (`lineItems`, priced from the catalogue; the amount follows them unless `amountMinor` is sent), expected close date, next steps. Staff with `cosell.write` or a partner on the deal. Send `If-Match`. A stage change is shown to every partner on the deal and emits `deal.stage_changed`.
         */
        patch: operations["updateDealOpportunity"];
        trace?: never;
    };
    "/api/v1/deals/{dealId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a deal as won or lost
         * @description Vendor staff only, on approved deals. A win records `revenue_won` (weighted by each partner’s share) and `deals_won` tier metrics for every partner on the deal, idempotently, and marks each partner’s first win.
         */
        post: operations["closeDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the partners on a deal
         * @description Staff see every partner with its role and share; a partner sees only its own participation.
         */
        get: operations["listDealParticipants"];
        put?: never;
        /**
         * Add a partner to a deal
         * @description Vendor staff. Roles: sourced, influenced, fulfilment, marketplace; the shares of all partners on the deal add up to at most 10,000 bps (400 naming `shareBps` otherwise). The added partner is notified (`deal.partner_added`).
         */
        post: operations["addDealParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{dealId}/participants/{dealParticipantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a partner from a deal
         * @description Vendor staff. The registering partner’s sourced participation cannot be removed.
         */
        delete: operations["removeDealParticipant"];
        options?: never;
        head?: never;
        /**
         * Change a partner’s role or share on a deal
         * @description Vendor staff. The registering partner stays the sourcing partner; shares stay within 10,000 bps.
         */
        patch: operations["updateDealParticipant"];
        trace?: never;
    };
    "/api/v1/account-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List joint account plans
         * @description Staff see every plan; a partner its own. Filter by partner, account, status or search; export CSV with `Accept: text/csv`.
         */
        get: operations["listAccountPlans"];
        put?: never;
        /**
         * Start a joint account plan
         * @description Vendor staff start a plan for one of their accounts with one partner: goals, stakeholders with roles, actions with owners and due dates. Item ids are generated when left out.
         */
        post: operations["createAccountPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account-plans/{accountPlanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a joint account plan
         * @description Returns the plan with its ETag.
         */
        get: operations["getAccountPlan"];
        put?: never;
        post?: never;
        /**
         * Delete a joint account plan
         * @description Vendor staff only.
         */
        delete: operations["deleteAccountPlan"];
        options?: never;
        head?: never;
        /**
         * Update a joint account plan
         * @description Lists (goals, stakeholders, actions) are replaced as a whole. Partners change those three; title, summary and status are the vendor’s. Send `If-Match`.
         */
        patch: operations["updateAccountPlan"];
        trace?: never;
    };
    "/api/v1/touchpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List touchpoints
         * @description Every recorded partner interaction (registration, co-selling activity, introduction, meeting, technical validation, content shared, event, marketplace transaction), newest first. Partners see their own. Filter by partner, deal, kind and time; export CSV with `Accept: text/csv`.
         */
        get: operations["listTouchpoints"];
        put?: never;
        /**
         * Record a touchpoint
         * @description Partners record their own interactions; staff name the partner. `marketplace_transaction` requires `data: {marketplace: aws|azure|gcp|other, offerId?, amountMinor, currency}`. Emits `touchpoint.recorded`.
         */
        post: operations["recordTouchpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CompetencyInput: {
            name: string;
            /** @enum {string} */
            level: "basic" | "advanced" | "expert";
        };
        /** @description Values of the workspace’s custom fields by key (see /api/v1/custom-fields). null removes a value. */
        CustomFieldValuesInput: {
            [key: string]: string | number | null;
        };
        CreatePartnerInput: {
            name: string;
            types: ("isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant")[];
            legalName?: string | null;
            country?: string | null;
            website?: string | null;
            domains?: string[];
            operatingCountries?: string[];
            regions?: string[];
            industries?: string[];
            competencies?: components["schemas"]["CompetencyInput"][];
            languages?: string[];
            tags?: string[];
            ownerUserId?: string | null;
            programId?: string | null;
            customFields?: components["schemas"]["CustomFieldValuesInput"];
            /**
             * @description Initial state: prospect or active (default). Later moves go through transitions.
             * @enum {string}
             */
            status?: "prospect" | "active";
        };
        UpdatePartnerInput: {
            name?: string;
            types?: ("isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant")[];
            legalName?: string | null;
            country?: string | null;
            website?: string | null;
            domains?: string[];
            operatingCountries?: string[];
            regions?: string[];
            industries?: string[];
            competencies?: components["schemas"]["CompetencyInput"][];
            languages?: string[];
            tags?: string[];
            ownerUserId?: string | null;
            programId?: string | null;
            customFields?: components["schemas"]["CustomFieldValuesInput"];
            /**
             * @description Always refused here: the lifecycle state changes only through POST /api/v1/partners/{partnerId}/transitions.
             * @enum {string}
             */
            status?: "prospect" | "applied" | "vetting" | "onboarding" | "active" | "at_risk" | "inactive" | "offboarded";
        };
        CreateContactInput: {
            name: string;
            /**
             * @default primary
             * @enum {string}
             */
            role: "primary" | "billing" | "technical" | "executive" | "sales" | "marketing" | "other";
            email?: string | null;
            phone?: string | null;
            title?: string | null;
        };
        UpdateContactInput: {
            name?: string;
            /** @enum {string} */
            role?: "primary" | "billing" | "technical" | "executive" | "sales" | "marketing" | "other";
            email?: string | null;
            phone?: string | null;
            title?: string | null;
        };
        BulkPartnerActionInput: {
            partnerIds: string[];
            /** @enum {string} */
            action: "addTags" | "removeTags" | "setOwner" | "transition";
            tags?: string[];
            ownerUserId?: string | null;
            /** @enum {string} */
            to?: "prospect" | "applied" | "vetting" | "onboarding" | "active" | "at_risk" | "inactive" | "offboarded";
            reason?: string;
        };
        VettingSettingsInput: {
            /** @default [] */
            requiredFields: ("legalName" | "website" | "phone" | "address" | "employeeCount" | "annualRevenue" | "description" | "industries" | "operatingCountries")[];
            restrictedCountries?: string[];
            /** @default {} */
            screening: {
                /** @default true */
                enabled: boolean;
                /** @default 0.88 */
                reviewThreshold: number;
            };
            /** @default {} */
            duplicates: {
                /** @default true */
                enabled: boolean;
            };
            /** @default {} */
            email: {
                /**
                 * @default review
                 * @enum {string}
                 */
                freeMail: "allow" | "review" | "reject";
                /**
                 * @default review
                 * @enum {string}
                 */
                domainMismatch: "allow" | "review";
            };
            /** @default true */
            autoApprove: boolean;
        };
        DealRulesInput: {
            /** @default true */
            firstToRegister: boolean;
            /** @default 90 */
            protectionDays: number;
            /**
             * @default [
             *       14,
             *       3
             *     ]
             */
            expiryWarningDays: number[];
            /** @default {} */
            extensions: {
                /** @default 2 */
                maxCount: number;
                /** @default 30 */
                maxDays: number;
                /** @default true */
                requireApproval: boolean;
            };
            /** @default true */
            exclusivityPerProductLine: boolean;
            /** @default {} */
            autoApproval: {
                /** @default false */
                enabled: boolean;
                /** @default null */
                maxAmountMinor: number | null;
                /** @default USD */
                currency: string;
                /** @default [] */
                tierIds: string[];
            };
            /** @default true */
            vendorPipelinePrecedence: boolean;
            /** @default {} */
            thresholds: {
                /** @default 0.85 */
                conflict: number;
                /** @default 0.6 */
                possible: number;
            };
            /** @default 365 */
            dateWindowDays: number;
            /** @default {} */
            review: {
                /** @default 48 */
                slaHours: number;
                /** @default 24 */
                reminderHours: number;
                /** @default [] */
                approverUserIds: string[];
            };
        };
        CreateProgramInput: {
            name: string;
            slug: string;
            description?: string;
            applicationOpen?: boolean;
            partnerTypes?: ("isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant")[];
            vetting?: components["schemas"]["VettingSettingsInput"];
            tierWindowDays?: number;
            demotionGraceDays?: number;
            dealRules?: components["schemas"]["DealRulesInput"];
        };
        UpdateProgramInput: {
            name?: string;
            slug?: string;
            description?: string;
            applicationOpen?: boolean;
            partnerTypes?: ("isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant")[];
            vetting?: components["schemas"]["VettingSettingsInput"];
            tierWindowDays?: number;
            demotionGraceDays?: number;
            dealRules?: components["schemas"]["DealRulesInput"];
        };
        LoginRequestInput: {
            /** Format: email */
            email: string;
            password: string;
            totpCode?: string;
            recoveryCode?: string;
        };
        SwitchWorkspaceInput: {
            /** @example wks_01jq3v3z8xf5sbk9m2n7r4t6wd */
            workspaceId: string;
        };
        TotpCodeInput: {
            code: string;
        };
        PasswordConfirmationInput: {
            password: string;
        };
        ChangePasswordInput: {
            currentPassword: string;
            newPassword: string;
        };
        PasswordResetRequestInput: {
            /** Format: email */
            email: string;
        };
        PasswordResetConfirmInput: {
            token: string;
            newPassword: string;
        };
        AcceptInvitationInput: {
            token: string;
            name?: string;
            password?: string;
        };
        UpdateProfileInput: {
            name?: string;
            /** @enum {string} */
            locale?: "en" | "de" | "ja";
            timeZone?: string | null;
        };
        ApplyBodyInput: {
            /** @description The workspace slug (first part of the form URL). */
            workspace: string;
            /** @description The program slug (second part of the form URL). */
            program: string;
            companyName: string;
            legalName?: string | null;
            website?: string | null;
            /** @example DE */
            country: string;
            operatingCountries?: string[];
            partnerTypes: ("isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant")[];
            phone?: string | null;
            address?: string | null;
            employeeCount?: number | null;
            annualRevenue?: number | null;
            description?: string | null;
            industries?: string[];
            contactName: string;
            /** Format: email */
            email: string;
            password: string;
            /**
             * @default en
             * @enum {string}
             */
            locale: "en" | "de" | "ja";
            /** @description Leave empty. Hidden from people; a bot that fills it is ignored. */
            faxNumber?: string;
        };
        VerifyApplicationBodyInput: {
            token: string;
        };
        RespondToApplicationBodyInput: {
            token: string;
            message: string;
            facts?: {
                companyName?: string;
                legalName?: string | null;
                website?: string | null;
                /** @example DE */
                country?: string;
                operatingCountries?: string[];
                partnerTypes?: ("isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant")[];
                phone?: string | null;
                address?: string | null;
                employeeCount?: number | null;
                annualRevenue?: number | null;
                description?: string | null;
                industries?: string[];
            };
        };
        ApplicationDecisionBodyInput: {
            /** @enum {string} */
            decision: "approve" | "reject" | "request_info";
            reason: string;
        };
        CreateProductLineInput: {
            name: string;
            /** @example NET */
            code: string;
            description?: string;
            active?: boolean;
        };
        UpdateProductLineInput: {
            name?: string;
            /** @example NET */
            code?: string;
            description?: string;
            active?: boolean;
        };
        CreateProductInput: {
            /** @example pln_01jq3v3z8xf5sbk9m2n7r4t6wd */
            productLineId: string;
            name: string;
            /** @example NET-FW-100 */
            sku: string;
            description?: string;
            /**
             * @description List price per ISO 4217 currency in minor units (EUR 1,200.00 → 120000).
             * @example {
             *       "EUR": 120000,
             *       "USD": 130000
             *     }
             */
            listPrices?: {
                [key: string]: number;
            };
            active?: boolean;
        };
        UpdateProductInput: {
            /** @example pln_01jq3v3z8xf5sbk9m2n7r4t6wd */
            productLineId?: string;
            name?: string;
            /** @example NET-FW-100 */
            sku?: string;
            description?: string;
            /**
             * @description Replaces the whole price list.
             * @example {
             *       "EUR": 120000,
             *       "USD": 130000
             *     }
             */
            listPrices?: {
                [key: string]: number;
            };
            active?: boolean;
        };
        DealAddressInput: {
            line1?: string;
            line2?: string;
            city?: string;
            region?: string;
            postalCode?: string;
        };
        DealContactInput: {
            name?: string;
            /** Format: email */
            email?: string;
            phone?: string;
            title?: string;
        };
        NewDealLineItemInput: {
            /** @example prd_01jq3v3z8xf5sbk9m2n7r4t6wd */
            productId: string;
            quantity: number;
            unitPriceMinor?: number;
        };
        DealCustomerInputInput: {
            name: string;
            website?: string | null;
            country?: string | null;
            address?: components["schemas"]["DealAddressInput"];
        };
        CreateDealInput: {
            /**
             * @description Staff registering on a partner’s behalf name the partner; partners leave it out.
             * @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd
             */
            partnerId?: string;
            title: string;
            customer: components["schemas"]["DealCustomerInputInput"];
            contact?: components["schemas"]["DealContactInput"];
            lineItems?: components["schemas"]["NewDealLineItemInput"][];
            amountMinor?: number;
            /** @example EUR */
            currency: string;
            expectedCloseDate?: string | null;
            /** @enum {string} */
            stage?: "prospecting" | "qualification" | "proposal" | "negotiation" | "commit";
            notes?: string;
            /** @description Submit at once (conflict check, review) instead of saving a draft. */
            submit?: boolean;
        };
        UpdateDealInput: {
            title?: string;
            customer?: components["schemas"]["DealCustomerInputInput"];
            contact?: components["schemas"]["DealContactInput"];
            lineItems?: components["schemas"]["NewDealLineItemInput"][];
            amountMinor?: number;
            /** @example EUR */
            currency?: string;
            expectedCloseDate?: string | null;
            /** @enum {string} */
            stage?: "prospecting" | "qualification" | "proposal" | "negotiation" | "commit";
            notes?: string;
        };
        DealDecisionInput: {
            /** @enum {string} */
            decision: "approve" | "reject" | "return" | "start_review";
            /** @description Shown to the partner. Required to reject or return. */
            reason?: string;
        };
        ConflictResolutionInput: {
            /** @enum {string} */
            resolution: "approve_this" | "keep_existing" | "merge" | "split";
            reason: string;
            /** @enum {string} */
            mergeRole?: "influenced" | "fulfilment" | "marketplace";
            mergeShareBps?: number;
            split?: {
                thisProductLineIds: string[];
                otherProductLineIds: string[];
            };
        };
        CreateDealCommentInput: {
            body: string;
            /**
             * @description Partners post to their own side only (the default). Staff choose: internal (vendor only), a partner’s side (`partnerId` required) or participants (every partner on the deal; the default for staff).
             * @enum {string}
             */
            visibility?: "internal" | "side" | "participants";
            /**
             * @description Staff posting to one partner’s side name it.
             * @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd
             */
            partnerId?: string;
            /** @description Users @mentioned (notified in-app). Each must be able to see the comment. */
            mentionedUserIds?: string[];
        };
        UpdateOpportunityInput: {
            /** @enum {string} */
            stage?: "prospecting" | "qualification" | "proposal" | "negotiation" | "commit";
            amountMinor?: number;
            /** @example EUR */
            currency?: string;
            expectedCloseDate?: string | null;
            nextSteps?: string;
            lineItems?: components["schemas"]["NewDealLineItemInput"][];
        };
        CloseDealInput: {
            /** @enum {string} */
            outcome: "won" | "lost";
            reason?: string;
            /** @description The final amount (won deals). */
            amountMinor?: number;
        };
        CreateDealParticipantInput: {
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            /** @enum {string} */
            role: "sourced" | "influenced" | "fulfilment" | "marketplace";
            shareBps: number;
        };
        UpdateDealParticipantInput: {
            /** @enum {string} */
            role?: "sourced" | "influenced" | "fulfilment" | "marketplace";
            shareBps?: number;
        };
        AccountPlanGoalInputInput: {
            id?: string;
            text: string;
            targetDate?: string | null;
            done?: boolean;
        };
        AccountPlanStakeholderInputInput: {
            id?: string;
            name: string;
            title?: string;
            /** @enum {string} */
            role: "champion" | "decision_maker" | "economic_buyer" | "technical_buyer" | "influencer" | "blocker" | "user";
            email?: string | null;
            notes?: string;
        };
        AccountPlanActionInputInput: {
            id?: string;
            title: string;
            ownerUserId?: string | null;
            ownerName?: string;
            dueDate?: string | null;
            done?: boolean;
        };
        CreateAccountPlanInput: {
            /** @example acct_01jq3v3z8xf5sbk9m2n7r4t6wd */
            accountId: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            title: string;
            /** @enum {string} */
            status?: "draft" | "active" | "closed";
            summary?: string;
            goals?: components["schemas"]["AccountPlanGoalInputInput"][];
            stakeholders?: components["schemas"]["AccountPlanStakeholderInputInput"][];
            actions?: components["schemas"]["AccountPlanActionInputInput"][];
        };
        UpdateAccountPlanInput: {
            title?: string;
            /** @enum {string} */
            status?: "draft" | "active" | "closed";
            summary?: string;
            goals?: components["schemas"]["AccountPlanGoalInputInput"][];
            stakeholders?: components["schemas"]["AccountPlanStakeholderInputInput"][];
            actions?: components["schemas"]["AccountPlanActionInputInput"][];
        };
        CreateTouchpointInput: {
            /**
             * @description Staff name the partner; partners leave it out.
             * @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd
             */
            partnerId?: string;
            /** @example deal_01jq3v3z8xf5sbk9m2n7r4t6wd */
            dealId?: string;
            /** @enum {string} */
            kind: "introduction" | "meeting" | "technical_validation" | "content_shared" | "event" | "marketplace_transaction";
            /** Format: date-time */
            occurredAt?: string;
            note?: string;
            /** @description Kind-specific details. marketplace_transaction requires {marketplace: aws|azure|gcp|other, offerId?, amountMinor, currency}. */
            data?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Rule tree: a condition `{type:"condition", metric, operator, threshold}` or a group `{type:"group", op:"and"|"or", rules:[…]}` (nested up to 5 levels, 50 conditions). Null = every partner qualifies.
         * @example {
         *       "type": "group",
         *       "op": "and",
         *       "rules": [
         *         {
         *           "type": "condition",
         *           "metric": "revenue_won",
         *           "operator": ">=",
         *           "threshold": 1000000
         *         },
         *         {
         *           "type": "condition",
         *           "metric": "certified_people",
         *           "operator": ">=",
         *           "threshold": 3
         *         }
         *       ]
         *     }
         */
        TierCriteriaInput: unknown;
        CreateTierInputInput: {
            name: string;
            rank: number;
            criteria?: components["schemas"]["TierCriteriaInput"] | null;
            /** @description Discount on list price, percent. */
            discountPct?: number;
            /** @description Rebate on sales, percent. */
            rebatePct?: number;
            /** @description May request market development funds. */
            mdfEligible?: boolean;
            /** @description Lead routing priority: higher is served first; 0 = none. */
            leadPriority?: number;
        };
        UpdateTierInputInput: {
            name?: string;
            rank?: number;
            criteria?: components["schemas"]["TierCriteriaInput"] | null;
            /** @description Discount on list price, percent. */
            discountPct?: number;
            /** @description Rebate on sales, percent. */
            rebatePct?: number;
            /** @description May request market development funds. */
            mdfEligible?: boolean;
            /** @description Lead routing priority: higher is served first; 0 = none. */
            leadPriority?: number;
        };
        IngestMetricsInputInput: {
            events: {
                /** @enum {string} */
                metric: "revenue_won" | "deals_won" | "certified_people" | "customer_satisfaction";
                value: number;
                /** Format: date-time */
                occurredAt: string;
                source?: string;
                /** @description Your reference for this observation (e.g. the CRM deal number): re-sending the same metric with the same reference is a no-op (idempotent ingestion). */
                externalRef?: string;
            }[];
        };
        CreateApiKeyInput: {
            name: string;
            scopes: ("workspace.read" | "workspace.update" | "members.read" | "members.invite" | "members.update" | "partners.read" | "partners.create" | "partners.update" | "partners.delete" | "apikeys.read" | "apikeys.manage" | "audit.read" | "webhooks.manage" | "jobs.read" | "notifications.read" | "directory.manage" | "lifecycle.transition" | "programs.read" | "programs.manage" | "applications.review" | "screening.manage" | "onboarding.read" | "onboarding.complete" | "onboarding.manage" | "tiers.read" | "tiers.manage" | "deals.read" | "deals.register" | "deals.review" | "deals.manage" | "cosell.write")[];
            /**
             * @description Makes a partner-scoped key: it sees only that partner.
             * @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd
             */
            partnerId?: string;
            /** Format: date-time */
            expiresAt?: string;
        };
        DealExtensionRequestInput: {
            days: number;
            reason: string;
        };
        DealExtensionDecisionInput: {
            /** @enum {string} */
            decision: "approve" | "reject";
            reason: string;
            /** @description Approve for fewer (or more, within the program limit) days than asked. */
            days?: number;
        };
        CreateCustomFieldInput: {
            key: string;
            label: string;
            /** @enum {string} */
            type: "text" | "number" | "date" | "select";
            options?: string[];
            /** @default false */
            partnerEditable: boolean;
        };
        UpdateCustomFieldInput: {
            label?: string;
            options?: string[];
            partnerEditable?: boolean;
        };
        UpdateDirectorySettingsInput: {
            partnerEditableFields: ("name" | "legalName" | "website" | "domains" | "country" | "operatingCountries" | "regions" | "industries" | "competencies" | "languages" | "contacts")[];
        };
        CreateSavedViewInput: {
            name: string;
            query: string;
            /** @default false */
            shared: boolean;
        };
        UpdateSavedViewInput: {
            name?: string;
            query?: string;
            shared?: boolean;
        };
        CreateTransitionInput: {
            /** @enum {string} */
            to: "prospect" | "applied" | "vetting" | "onboarding" | "active" | "at_risk" | "inactive" | "offboarded";
            reason: string;
        };
        UpdateMemberInput: {
            /** @enum {string} */
            role: "owner" | "admin" | "channel_manager" | "channel_marketing" | "sales" | "finance" | "viewer" | "partner_admin" | "partner_rep";
        };
        CreateInvitationInput: {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "channel_manager" | "channel_marketing" | "sales" | "finance" | "viewer" | "partner_admin" | "partner_rep";
            /**
             * @description Required for partner roles; partner admins may omit it.
             * @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd
             */
            partnerId?: string;
            /** @description Default 7. */
            expiresInDays?: number;
        };
        CreateAgreementInput: {
            title: string;
            body: string;
        };
        PublishAgreementVersionInput: {
            body: string;
            title?: string;
        };
        OnboardingTaskConfigInput: {
            allowedTypes?: ("application/pdf" | "image/png" | "image/jpeg")[];
            maxBytes?: number;
            courseKey?: string;
        };
        OnboardingTemplateTaskSpecInput: {
            /** @enum {string} */
            kind: "agreement" | "tax" | "bank" | "document" | "course" | "custom";
            title: string;
            /** @default  */
            description: string;
            /** @default true */
            required: boolean;
            /** @default null */
            agreementId: string | null;
            /** @default {} */
            config: components["schemas"]["OnboardingTaskConfigInput"];
        };
        SaveOnboardingTemplateInput: {
            /**
             * @description The partner type this template is for; null for the program default.
             * @default null
             */
            partnerType: ("isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant") | null;
            name: string;
            /**
             * @description Days after the start on which open required tasks are reminded.
             * @default [
             *       3,
             *       7,
             *       14
             *     ]
             */
            reminderDays: number[];
            tasks: components["schemas"]["OnboardingTemplateTaskSpecInput"][];
        };
        SignAgreementInput: {
            /** @example agv_01jq3v3z8xf5sbk9m2n7r4t6wd */
            agreementVersionId: string;
            /**
             * @description The SHA-256 of the text you were shown; must match.
             * @example c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a
             */
            sha256: string;
            signerName: string;
            /** @constant */
            consent: true;
        };
        OnboardingReasonInput: {
            reason: string;
        };
        PostalAddressInput: {
            line1: string;
            line2?: string;
            city: string;
            region?: string;
            postalCode?: string;
            /** @example DE */
            country: string;
        };
        W9FormInput: {
            /** @constant */
            form: "w9";
            /** @enum {string} */
            tinType: "ssn" | "ein";
            tin: string;
            legalName: string;
            businessName?: string;
            /** @enum {string} */
            entityClassification: "individual" | "c_corporation" | "s_corporation" | "partnership" | "trust_estate" | "llc_c" | "llc_s" | "llc_p" | "other";
            address: components["schemas"]["PostalAddressInput"];
        };
        W8BenEFormInput: {
            /** @constant */
            form: "w8bene";
            organizationName: string;
            /** @example DE */
            countryOfIncorporation: string;
            /** @enum {string} */
            chapter3Status: "corporation" | "partnership" | "simple_trust" | "grantor_trust" | "complex_trust" | "estate" | "government" | "central_bank" | "tax_exempt_organization" | "private_foundation" | "international_organization";
            /** @description FATCA GIIN, XXXXXX.XXXXX.XX.XXX */
            giin?: string;
            foreignTin: string;
            address: components["schemas"]["PostalAddressInput"];
        };
        CountryTaxIdFormInput: {
            /** @constant */
            form: "tax_id";
            /** @example DE */
            country: string;
            /** @description e.g. vat, abn, gstin, bn, cn; omitted: any company number of the country */
            scheme?: string;
            taxId: string;
            legalName: string;
        };
        TaxDetailsFormInput: components["schemas"]["W9FormInput"] | components["schemas"]["W8BenEFormInput"] | components["schemas"]["CountryTaxIdFormInput"];
        IbanBankFormInput: {
            /** @constant */
            kind: "iban";
            holderName: string;
            iban: string;
            bic?: string;
        };
        AccountBankFormInput: {
            /** @constant */
            kind: "account";
            holderName: string;
            /** @example DE */
            country: string;
            accountNumber: string;
            /** @description ABA routing number (US), sort code, BSB, transit… */
            routingNumber: string;
            bic?: string;
        };
        BankDetailsFormInput: components["schemas"]["IbanBankFormInput"] | components["schemas"]["AccountBankFormInput"];
        CreateAccountInput: {
            name: string;
            externalRef?: string | null;
            website?: string | null;
            country?: string | null;
            industry?: string | null;
            ownerName?: string | null;
            strategic?: boolean;
        };
        UpdateAccountInput: {
            name?: string;
            externalRef?: string | null;
            website?: string | null;
            country?: string | null;
            industry?: string | null;
            ownerName?: string | null;
            strategic?: boolean;
        };
        CreateVendorOpportunityInput: {
            name: string;
            customerName: string;
            accountId?: string | null;
            externalRef?: string | null;
            customerWebsite?: string | null;
            customerCountry?: string | null;
            amountMinor?: number;
            /** @example EUR */
            currency?: string;
            /**
             * @description The CRM’s sales stage, free text.
             * @example proposal
             */
            stage?: string;
            /** @enum {string} */
            status?: "open" | "won" | "lost";
            expectedCloseDate?: string | null;
            productLineIds?: string[];
            ownerName?: string | null;
        };
        UpdateVendorOpportunityInput: {
            name?: string;
            customerName?: string;
            accountId?: string | null;
            externalRef?: string | null;
            customerWebsite?: string | null;
            customerCountry?: string | null;
            amountMinor?: number;
            /** @example EUR */
            currency?: string;
            /**
             * @description The CRM’s sales stage, free text.
             * @example proposal
             */
            stage?: string;
            /** @enum {string} */
            status?: "open" | "won" | "lost";
            expectedCloseDate?: string | null;
            productLineIds?: string[];
            ownerName?: string | null;
        };
        CreateScreeningListInput: {
            /** @constant */
            format: "csl";
            name: string;
            source?: string;
            /** @description The text of the Consolidated Screening List CSV (header row, `name` column required), as downloaded. */
            csv: string;
        } | {
            /** @constant */
            format: "ofac_legacy";
            name: string;
            source?: string;
            /** @description The text of OFAC’s sdn.csv, as downloaded. */
            sdn: string;
            /** @description The text of OFAC’s alt.csv (aliases), as downloaded. */
            alt?: string;
            /** @description The text of OFAC’s add.csv (addresses, for countries), as downloaded. */
            add?: string;
        };
        ScreeningCheckInput: {
            name: string;
            /**
             * @description A shared country raises a close score slightly.
             * @example DE
             */
            country?: string;
            /**
             * @description Hits below this are left out.
             * @default 0.8
             */
            minScore: number;
            /** @default 10 */
            limit: number;
        };
        CreateWebhookEndpointInput: {
            /** Format: uri */
            url: string;
            eventTypes: ("*" | "partner.created" | "partner.updated" | "partner.deleted" | "partner.state_changed" | "application.submitted" | "application.decided" | "agreement.signed" | "onboarding.task_completed" | "onboarding.completed" | "tier.changed" | "tier.demotion_pending" | "deal.submitted" | "deal.approved" | "deal.rejected" | "deal.returned" | "deal.merged" | "deal.conflict_detected" | "deal.conflict_resolved" | "deal.stage_changed" | "deal.won" | "deal.lost" | "deal.expiring" | "deal.expired" | "deal.extension_requested" | "deal.extension_decided" | "deal.review_escalated" | "deal.comment_added" | "deal.partner_added" | "touchpoint.recorded" | "membership.created" | "membership.role_changed" | "membership.removed" | "invitation.created" | "invitation.accepted" | "invitation.revoked" | "api_key.created" | "api_key.revoked" | "workspace.updated" | "webhook_endpoint.disabled")[];
            description?: string;
        };
        UpdateWebhookEndpointInput: {
            /** Format: uri */
            url?: string;
            eventTypes?: ("*" | "partner.created" | "partner.updated" | "partner.deleted" | "partner.state_changed" | "application.submitted" | "application.decided" | "agreement.signed" | "onboarding.task_completed" | "onboarding.completed" | "tier.changed" | "tier.demotion_pending" | "deal.submitted" | "deal.approved" | "deal.rejected" | "deal.returned" | "deal.merged" | "deal.conflict_detected" | "deal.conflict_resolved" | "deal.stage_changed" | "deal.won" | "deal.lost" | "deal.expiring" | "deal.expired" | "deal.extension_requested" | "deal.extension_decided" | "deal.review_escalated" | "deal.comment_added" | "deal.partner_added" | "touchpoint.recorded" | "membership.created" | "membership.role_changed" | "membership.removed" | "invitation.created" | "invitation.accepted" | "invitation.revoked" | "api_key.created" | "api_key.revoked" | "workspace.updated" | "webhook_endpoint.disabled")[];
            description?: string;
            /** @description Re-enable a disabled endpoint (its failure history is cleared). */
            enabled?: boolean;
        };
        RotateWebhookSecretInput: {
            /** @description How long the old secret keeps signing (default 24). */
            overlapHours?: number;
        };
        CreateWorkspaceInput: {
            name: string;
            slug?: string;
        };
        UpdateWorkspaceInput: {
            name?: string;
            slug?: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** @example urn:symbio:problem:validation_failed */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            code: string;
            requestId: string;
            errors?: {
                /** @enum {string} */
                in: "body" | "query" | "path" | "header";
                field: string;
                pointer: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        Competency: {
            name: string;
            /** @enum {string} */
            level: "basic" | "advanced" | "expert";
        };
        Partner: {
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @description Display name. */
            name: string;
            legalName: string | null;
            types: ("isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant")[];
            /**
             * @description Lifecycle state; change it with POST …/transitions.
             * @enum {string}
             */
            status: "prospect" | "applied" | "vetting" | "onboarding" | "active" | "at_risk" | "inactive" | "offboarded";
            statusChangedAt: string | null;
            /** @description The states a transition may move this partner to from its current one. */
            nextStates: ("prospect" | "applied" | "vetting" | "onboarding" | "active" | "at_risk" | "inactive" | "offboarded")[];
            /** @description Headquarters country (ISO 3166-1 alpha-2). */
            country: string | null;
            operatingCountries: string[];
            regions: string[];
            industries: string[];
            competencies: components["schemas"]["Competency"][];
            languages: string[];
            tags: string[];
            website: string | null;
            /** @description Registrable domains (from the website and the domain list). */
            domains: string[];
            ownerUserId: string | null;
            programId: string | null;
            customFields: {
                [key: string]: string | number | null;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Contact: {
            /** @example con_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            name: string;
            email: string | null;
            phone: string | null;
            title: string | null;
            /** @enum {string} */
            role: "primary" | "billing" | "technical" | "executive" | "sales" | "marketing" | "other";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        BulkPartnerResult: {
            results: {
                partnerId: string;
                ok: boolean;
                partner?: components["schemas"]["Partner"];
                /** @description The problem this partner’s change ran into (problem+json members). */
                error?: {
                    status: number;
                    code: string;
                    detail: string;
                } & {
                    [key: string]: unknown;
                };
            }[];
            succeeded: number;
            failed: number;
        };
        VettingSettingsView: {
            /** @default [] */
            requiredFields: ("legalName" | "website" | "phone" | "address" | "employeeCount" | "annualRevenue" | "description" | "industries" | "operatingCountries")[];
            restrictedCountries: string[];
            screening: {
                /** @default true */
                enabled: boolean;
                /** @default 0.88 */
                reviewThreshold: number;
            };
            duplicates: {
                /** @default true */
                enabled: boolean;
            };
            email: {
                /**
                 * @default review
                 * @enum {string}
                 */
                freeMail: "allow" | "review" | "reject";
                /**
                 * @default review
                 * @enum {string}
                 */
                domainMismatch: "allow" | "review";
            };
            /** @default true */
            autoApprove: boolean;
        };
        DealRules: {
            /** @default true */
            firstToRegister: boolean;
            /** @default 90 */
            protectionDays: number;
            /**
             * @default [
             *       14,
             *       3
             *     ]
             */
            expiryWarningDays: number[];
            extensions: {
                /** @default 2 */
                maxCount: number;
                /** @default 30 */
                maxDays: number;
                /** @default true */
                requireApproval: boolean;
            };
            /** @default true */
            exclusivityPerProductLine: boolean;
            autoApproval: {
                /** @default false */
                enabled: boolean;
                /** @default null */
                maxAmountMinor: number | null;
                /** @default USD */
                currency: string;
                /** @default [] */
                tierIds: string[];
            };
            /** @default true */
            vendorPipelinePrecedence: boolean;
            thresholds: {
                /** @default 0.85 */
                conflict: number;
                /** @default 0.6 */
                possible: number;
            };
            /** @default 365 */
            dateWindowDays: number;
            review: {
                /** @default 48 */
                slaHours: number;
                /** @default 24 */
                reminderHours: number;
                /** @default [] */
                approverUserIds: string[];
            };
        };
        Program: {
            /** @example prg_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            name: string;
            slug: string;
            description: string;
            applicationOpen: boolean;
            partnerTypes: ("isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant")[];
            vetting: components["schemas"]["VettingSettingsView"];
            tierWindowDays: number;
            demotionGraceDays: number;
            dealRules: components["schemas"]["DealRules"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ProgramPage: {
            data: components["schemas"]["Program"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        MyMembership: {
            /** @example mem_01jq3v3z8xf5sbk9m2n7r4t6wd */
            membershipId: string;
            /** @example wks_01jq3v3z8xf5sbk9m2n7r4t6wd */
            workspaceId: string;
            workspaceName: string;
            /** @enum {string} */
            kind: "vendor" | "partner";
            /** @enum {string} */
            role: "owner" | "admin" | "channel_manager" | "channel_marketing" | "sales" | "finance" | "viewer" | "partner_admin" | "partner_rep";
            partnerId: string | null;
        };
        Me: {
            user: {
                /** @example usr_01jq3v3z8xf5sbk9m2n7r4t6wd */
                id: string;
                email: string;
                name: string;
                locale: string;
                timeZone: string | null;
                totpEnabled: boolean;
            };
            current: components["schemas"]["MyMembership"] | null;
            memberships: components["schemas"]["MyMembership"][];
            permissions: string[];
            /** @enum {string} */
            authenticatedWith: "session" | "apiKey";
        };
        Session: {
            /** @description Send as X-CSRF-Token on every write made with the session cookie. */
            csrfToken: string;
            /** Format: date-time */
            expiresAt: string;
            me: components["schemas"]["Me"];
        };
        TotpSetup: {
            secret: string;
            otpauthUrl: string;
        };
        RecoveryCodes: {
            recoveryCodes: string[];
        };
        AcceptedInvitation: {
            /** @example wks_01jq3v3z8xf5sbk9m2n7r4t6wd */
            workspaceId: string;
            /** @example usr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            userId: string;
            accountCreated: boolean;
        };
        Accepted: {
            /** @constant */
            status: "accepted";
            message: string;
        };
        LoggedOut: {
            sessionsEnded: number;
        };
        ApplicationForm: {
            workspace: {
                name: string;
                slug: string;
            };
            program: {
                name: string;
                slug: string;
                description: string;
                applicationOpen: boolean;
            };
            partnerTypes: ("isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant")[];
            requiredFields: ("legalName" | "website" | "phone" | "address" | "employeeCount" | "annualRevenue" | "description" | "industries" | "operatingCountries")[];
            honeypotField: string;
        };
        ApplyAccepted: {
            /** @constant */
            status: "accepted";
            message: string;
        };
        ApplicantStatus: {
            /** @example apl_01jq3v3z8xf5sbk9m2n7r4t6wd */
            applicationId: string;
            companyName: string;
            programName: string;
            /** @enum {string} */
            outcome: "approved" | "rejected" | "in_review" | "info_requested";
            reason: string | null;
            statusToken: string;
            canRespond: boolean;
            submittedAt: string | null;
            decidedAt: string | null;
        };
        VettingReason: {
            rule: string;
            /** @enum {string} */
            outcome: "pass" | "review" | "reject";
            message: string;
            details?: {
                [key: string]: unknown;
            };
        };
        Application: {
            /** @example apl_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example prg_01jq3v3z8xf5sbk9m2n7r4t6wd */
            programId: string;
            partnerId: string | null;
            userId: string | null;
            /** @enum {string} */
            status: "pending_verification" | "submitted" | "info_requested" | "approved" | "rejected";
            companyName: string;
            country: string;
            contactName: string;
            email: string;
            locale: string;
            facts: {
                [key: string]: unknown;
            };
            decision: ("approve" | "reject" | "manual_review") | null;
            reasons: components["schemas"]["VettingReason"][];
            applicantReason: string | null;
            history: {
                at: string;
                by: string;
                action: string;
                decision?: string;
                reason?: string;
                message?: string;
            }[];
            verifiedAt: string | null;
            reviewedAt: string | null;
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ApplicationPage: {
            data: components["schemas"]["Application"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        ProductLine: {
            /** @example pln_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            name: string;
            code: string;
            description: string;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Product: {
            /** @example prd_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example pln_01jq3v3z8xf5sbk9m2n7r4t6wd */
            productLineId: string;
            productLineName: string;
            productLineCode: string;
            name: string;
            sku: string;
            description: string;
            listPrices: {
                [key: string]: number;
            };
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ProductLinePage: {
            data: components["schemas"]["ProductLine"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        ProductPage: {
            data: components["schemas"]["Product"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        PartnerPage: {
            data: components["schemas"]["Partner"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        ContactPage: {
            data: components["schemas"]["Contact"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        DealLineItem: {
            /** @example prd_01jq3v3z8xf5sbk9m2n7r4t6wd */
            productId: string;
            /** @example pln_01jq3v3z8xf5sbk9m2n7r4t6wd */
            productLineId: string;
            productName: string;
            quantity: number;
            unitPriceMinor: number;
        };
        Deal: {
            /** @example deal_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @description The registering partner; null for a partner added to another partner’s deal. */
            partnerId: string | null;
            partnerName: string;
            programId: string | null;
            /** @enum {string} */
            state: "draft" | "submitted" | "under_review" | "returned" | "approved" | "rejected" | "merged" | "won" | "lost" | "expired";
            /** @enum {string} */
            stage: "prospecting" | "qualification" | "proposal" | "negotiation" | "commit";
            title: string;
            customer: {
                name: string;
                website: string | null;
                domain: string | null;
                country: string | null;
                address: {
                    [key: string]: string;
                };
            };
            contact: {
                [key: string]: string;
            };
            lineItems: components["schemas"]["DealLineItem"][];
            productLineIds: string[];
            amountMinor: number;
            currency: string;
            expectedCloseDate: string | null;
            notes: string;
            nextSteps: string;
            registeredBy: string;
            onBehalf: boolean;
            submittedAt: string | null;
            submissionSeq: number | null;
            contentSha256: string | null;
            conflict: {
                /** @enum {string} */
                level: "none" | "possible" | "conflict";
                /** @enum {string} */
                status: "none" | "open" | "resolved";
                /** @description Staff only (null for partners). */
                score: number | null;
                /** @description Staff only: the earlier registration. */
                withDealId: string | null;
                /** @description Staff only: the vendor opportunity it matches. */
                withOpportunityId: string | null;
            };
            review: {
                dueAt: string | null;
                escalationLevel: number;
                assigneeUserId: string | null;
            };
            decision: {
                decidedAt: string | null;
                decidedBy: string | null;
                reason: string | null;
            };
            approvedAt: string | null;
            protectionEndsAt: string | null;
            extensionCount: number;
            vendorOpportunityId: string | null;
            mergedIntoDealId: string | null;
            closedAt: string | null;
            closeReason: string | null;
            myParticipation: {
                role: string;
                shareBps: number;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ConflictEvidence: {
            /** @enum {string} */
            signal: "name" | "domain" | "trigram" | "country" | "products" | "dates";
            detail: string;
            value: number;
        };
        ConflictCandidate: {
            /** @example dcf_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @enum {string} */
            kind: "deal" | "vendor_opportunity";
            score: number;
            /** @enum {string} */
            level: "conflict" | "possible";
            primary: boolean;
            evidence: components["schemas"]["ConflictEvidence"][];
            other: {
                id: string;
                partnerId: string | null;
                partnerName: string | null;
                title: string;
                state: string;
                customerName: string;
                website: string | null;
                domain: string | null;
                country: string | null;
                amountMinor: number;
                currency: string;
                expectedCloseDate: string | null;
                productLineIds: string[];
                submittedAt: string | null;
                submissionSeq: number | null;
            };
        };
        DealConflicts: {
            deal: components["schemas"]["Deal"];
            candidates: components["schemas"]["ConflictCandidate"][];
        };
        DealReceipt: {
            /** @example deal_01jq3v3z8xf5sbk9m2n7r4t6wd */
            dealId: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            /** Format: date-time */
            submittedAt: string;
            submissionSeq: number;
            contentSha256: string;
            /** @description The canonical registration content that was hashed (RFC 8785 JSON). */
            content: {
                [key: string]: unknown;
            };
            /** @constant */
            algorithm: "Ed25519";
            /** @description Base64 Ed25519 signature over the canonical JSON of {dealId, partnerId, submittedAt, submissionSeq, contentSha256}. */
            signature: string;
            /** @description The workspace receipt key (PEM, SPKI). */
            publicKey: string;
        };
        DealActivity: {
            /** @example dac_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example deal_01jq3v3z8xf5sbk9m2n7r4t6wd */
            dealId: string;
            /** @description created | submitted | state_changed | stage_changed | updated | comment | file | conflict | extension | participant */
            kind: string;
            /** @enum {string} */
            visibility: "internal" | "side" | "participants";
            /** @description The partner side of a `side` row; null otherwise. */
            partnerId: string | null;
            actor: {
                kind: string;
                /** @description Null when the actor belongs to another partner (never shown). */
                id: string | null;
                name: string;
            };
            body: string;
            data: {
                [key: string]: unknown;
            };
            mentionedUserIds: string[];
            /** Format: date-time */
            createdAt: string;
        };
        MentionablePerson: {
            /** @example usr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            userId: string;
            name: string;
            /** @enum {string} */
            kind: "vendor" | "partner";
            partnerId: string | null;
        };
        DealFile: {
            /** @example dfl_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example deal_01jq3v3z8xf5sbk9m2n7r4t6wd */
            dealId: string;
            filename: string;
            contentType: string;
            size: number;
            sha256: string;
            /** @enum {string} */
            visibility: "internal" | "side" | "participants";
            partnerId: string | null;
            uploadedBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        DealParticipant: {
            /** @example dpt_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example deal_01jq3v3z8xf5sbk9m2n7r4t6wd */
            dealId: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            partnerName: string;
            /** @enum {string} */
            role: "sourced" | "influenced" | "fulfilment" | "marketplace";
            /** @description Share in basis points (10,000 = 100 %). */
            shareBps: number;
            /** Format: date-time */
            createdAt: string;
        };
        AccountPlan: {
            /** @example plan_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example acct_01jq3v3z8xf5sbk9m2n7r4t6wd */
            accountId: string;
            accountName: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            partnerName: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "active" | "closed";
            summary: string;
            goals: {
                id: string;
                text: string;
                targetDate: string | null;
                done: boolean;
            }[];
            stakeholders: {
                id: string;
                name: string;
                title: string;
                /** @enum {string} */
                role: "champion" | "decision_maker" | "economic_buyer" | "technical_buyer" | "influencer" | "blocker" | "user";
                email: string | null;
                notes: string;
            }[];
            actions: {
                id: string;
                title: string;
                ownerUserId: string | null;
                ownerName: string;
                dueDate: string | null;
                done: boolean;
            }[];
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Touchpoint: {
            /** @example tch_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            partnerName: string;
            dealId: string | null;
            /** @enum {string} */
            kind: "registration" | "cosell_activity" | "introduction" | "meeting" | "technical_validation" | "content_shared" | "event" | "marketplace_transaction";
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            source: "system" | "manual" | "api";
            recordedBy: string;
            note: string;
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description Rule tree: a condition `{type:"condition", metric, operator, threshold}` or a group `{type:"group", op:"and"|"or", rules:[…]}` (nested up to 5 levels, 50 conditions). Null = every partner qualifies.
         * @example {
         *       "type": "group",
         *       "op": "and",
         *       "rules": [
         *         {
         *           "type": "condition",
         *           "metric": "revenue_won",
         *           "operator": ">=",
         *           "threshold": 1000000
         *         },
         *         {
         *           "type": "condition",
         *           "metric": "certified_people",
         *           "operator": ">=",
         *           "threshold": 3
         *         }
         *       ]
         *     }
         */
        TierCriteria: unknown;
        Tier: {
            /** @example tier_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example prg_01jq3v3z8xf5sbk9m2n7r4t6wd */
            programId: string;
            /** @description Position from the bottom: 1 = entry tier; higher is better. */
            rank: number;
            name: string;
            criteria: components["schemas"]["TierCriteria"] | null;
            /** @description Discount on list price, percent. */
            discountPct: number;
            /** @description Rebate on sales, percent. */
            rebatePct: number;
            /** @description May request market development funds. */
            mdfEligible: boolean;
            /** @description Lead routing priority: higher is served first; 0 = none. */
            leadPriority: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        IngestMetricsResult: {
            inserted: number;
            /** @description Events skipped because their externalRef was already recorded. */
            duplicates: number;
        };
        TierConditionProgress: {
            /** @description One of revenue_won, deals_won, certified_people, customer_satisfaction, or `custom:<key>` for a numeric custom field. */
            metric: string;
            /** @enum {string} */
            operator: ">=" | ">" | "<=" | "<" | "=";
            threshold: number;
            actual: number | null;
            passed: boolean;
            /** @description How far toward the threshold, 0–1 (1 = met). */
            progress: number;
        };
        PartnerBenefits: {
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            tier: {
                /** @example tier_01jq3v3z8xf5sbk9m2n7r4t6wd */
                id: string;
                name: string;
                rank: number;
            } | null;
            /** @description Discount on list price, percent. */
            discountPct: number;
            /** @description Rebate on sales, percent. */
            rebatePct: number;
            /** @description May request market development funds. */
            mdfEligible: boolean;
            /** @description Lead routing priority: higher is served first; 0 = none. */
            leadPriority: number;
        };
        PartnerTier: {
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            programId: string | null;
            tier: {
                /** @example tier_01jq3v3z8xf5sbk9m2n7r4t6wd */
                id: string;
                name: string;
                rank: number;
                /** @description Discount on list price, percent. */
                discountPct: number;
                /** @description Rebate on sales, percent. */
                rebatePct: number;
                /** @description May request market development funds. */
                mdfEligible: boolean;
                /** @description Lead routing priority: higher is served first; 0 = none. */
                leadPriority: number;
            } | null;
            since: string | null;
            evaluatedAt: string | null;
            explanation: string | null;
            /** @description The current tier’s conditions as last evaluated. */
            conditions: components["schemas"]["TierConditionProgress"][];
            next: {
                /** @example tier_01jq3v3z8xf5sbk9m2n7r4t6wd */
                id: string;
                name: string;
                rank: number;
                criteria: components["schemas"]["TierCriteria"] | null;
                conditions: components["schemas"]["TierConditionProgress"][];
            } | null;
            pendingDemotion: {
                to: {
                    /** @example tier_01jq3v3z8xf5sbk9m2n7r4t6wd */
                    id: string;
                    name: string;
                    rank: number;
                } | null;
                /** Format: date-time */
                dueAt: string;
            } | null;
        };
        TierDecision: {
            /** @example tdc_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            /** @example prg_01jq3v3z8xf5sbk9m2n7r4t6wd */
            programId: string;
            /** @enum {string} */
            kind: "placed" | "promoted" | "demoted" | "demotion_pending" | "demotion_cancelled";
            fromTier: {
                /** @example tier_01jq3v3z8xf5sbk9m2n7r4t6wd */
                id: string;
                name: string | null;
            } | null;
            toTier: {
                /** @example tier_01jq3v3z8xf5sbk9m2n7r4t6wd */
                id: string;
                name: string | null;
            } | null;
            explanation: string;
            dueAt: string | null;
            actorId: string;
            /** Format: date-time */
            decidedAt: string;
        };
        TierRecomputeResult: {
            /** @description Partners evaluated. */
            partners: number;
            /** @description Partners whose tier state or explanation was written. */
            changed: number;
        };
        TierList: {
            data: components["schemas"]["Tier"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        TierDecisionPage: {
            data: components["schemas"]["TierDecision"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        DealPage: {
            data: components["schemas"]["Deal"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        DealConflictPage: {
            data: components["schemas"]["DealConflicts"][];
            nextCursor: string | null;
        };
        AccountPlanListItem: {
            /** @example plan_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example acct_01jq3v3z8xf5sbk9m2n7r4t6wd */
            accountId: string;
            accountName: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            partnerName: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "active" | "closed";
            summary: string;
            goals: {
                id: string;
                text: string;
                targetDate: string | null;
                done: boolean;
            }[];
            stakeholders: {
                id: string;
                name: string;
                title: string;
                /** @enum {string} */
                role: "champion" | "decision_maker" | "economic_buyer" | "technical_buyer" | "influencer" | "blocker" | "user";
                email: string | null;
                notes: string;
            }[];
            actions: {
                id: string;
                title: string;
                ownerUserId: string | null;
                ownerName: string;
                dueDate: string | null;
                done: boolean;
            }[];
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            goalCount: number;
            stakeholderCount: number;
            openActionCount: number;
        };
        DealActivityPage: {
            data: components["schemas"]["DealActivity"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        MentionableList: {
            data: components["schemas"]["MentionablePerson"][];
        };
        DealFilePage: {
            data: components["schemas"]["DealFile"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        DealParticipantPage: {
            data: components["schemas"]["DealParticipant"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        AccountPlanPage: {
            data: components["schemas"]["AccountPlanListItem"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        TouchpointPage: {
            data: components["schemas"]["Touchpoint"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        Principal: {
            user: {
                /** @example usr_01jq3v3z8xf5sbk9m2n7r4t6wd */
                id: string;
                email: string;
                name: string;
                locale: string;
                timeZone: string | null;
                totpEnabled: boolean;
            } | null;
            current: components["schemas"]["MyMembership"] | null;
            memberships: components["schemas"]["MyMembership"][];
            permissions: string[];
            /** @enum {string} */
            authenticatedWith: "session" | "apiKey";
        };
        ApiKey: {
            /** @example key_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            name: string;
            partnerId: string | null;
            scopes: ("workspace.read" | "workspace.update" | "members.read" | "members.invite" | "members.update" | "partners.read" | "partners.create" | "partners.update" | "partners.delete" | "apikeys.read" | "apikeys.manage" | "audit.read" | "webhooks.manage" | "jobs.read" | "notifications.read" | "directory.manage" | "lifecycle.transition" | "programs.read" | "programs.manage" | "applications.review" | "screening.manage" | "onboarding.read" | "onboarding.complete" | "onboarding.manage" | "tiers.read" | "tiers.manage" | "deals.read" | "deals.register" | "deals.review" | "deals.manage" | "cosell.write")[];
            /** @description The last 4 characters of the secret, to tell keys apart. */
            hint: string;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
        };
        CreatedApiKey: {
            /** @example key_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            name: string;
            partnerId: string | null;
            scopes: ("workspace.read" | "workspace.update" | "members.read" | "members.invite" | "members.update" | "partners.read" | "partners.create" | "partners.update" | "partners.delete" | "apikeys.read" | "apikeys.manage" | "audit.read" | "webhooks.manage" | "jobs.read" | "notifications.read" | "directory.manage" | "lifecycle.transition" | "programs.read" | "programs.manage" | "applications.review" | "screening.manage" | "onboarding.read" | "onboarding.complete" | "onboarding.manage" | "tiers.read" | "tiers.manage" | "deals.read" | "deals.register" | "deals.review" | "deals.manage" | "cosell.write")[];
            /** @description The last 4 characters of the secret, to tell keys apart. */
            hint: string;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
            /** @description Send as `Authorization: Bearer <secret>`. Shown only in this response. */
            secret: string;
        };
        ApiKeyPage: {
            data: components["schemas"]["ApiKey"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        AuditEvent: {
            /** @example aud_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            seq: number;
            /** Format: date-time */
            occurredAt: string;
            actorKind: string;
            actorId: string;
            action: string;
            objectType: string;
            objectId: string;
            partnerId: string | null;
            before: unknown;
            after: unknown;
            requestId: string | null;
            ip: string | null;
            hash: string;
        };
        AuditVerifyResult: {
            ok: boolean;
            /** @description Entries whose hash re-computed correctly before the first bad one. */
            checked: number;
            firstBad?: {
                seq: number;
                /** @description Null when the entry was deleted. */
                id: string | null;
                /** @enum {string} */
                reason: "hash_mismatch" | "broken_link" | "missing_entry";
            };
        };
        AuditEventPage: {
            data: components["schemas"]["AuditEvent"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        DealExtension: {
            /** @example dext_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example deal_01jq3v3z8xf5sbk9m2n7r4t6wd */
            dealId: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            requestedDays: number;
            reason: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            /** @description Staff only (null for partner users). */
            decidedBy: string | null;
            decidedAt: string | null;
            decisionReason: string | null;
        };
        DealExtensionLimits: {
            maxCount: number;
            maxDays: number;
            requireApproval: boolean;
            /** @description Extensions granted so far. */
            used: number;
            protectionEndsAt: string | null;
            canRequest: boolean;
            cannotRequestReason: string | null;
        };
        DealExtensionList: {
            data: components["schemas"]["DealExtension"][];
            limits: components["schemas"]["DealExtensionLimits"];
        };
        DealExtensionQueueItem: {
            /** @example dext_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example deal_01jq3v3z8xf5sbk9m2n7r4t6wd */
            dealId: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            requestedDays: number;
            reason: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            /** @description Staff only (null for partner users). */
            decidedBy: string | null;
            decidedAt: string | null;
            decisionReason: string | null;
            dealTitle: string;
            customerName: string;
            partnerName: string;
            dealState: string;
            protectionEndsAt: string | null;
            extensionCount: number;
            maxCount: number;
            maxDays: number;
        };
        DealExtensionResult: {
            extension: components["schemas"]["DealExtension"];
            protectionEndsAt: string | null;
            extensionCount: number;
        };
        DealExtensionQueuePage: {
            data: components["schemas"]["DealExtensionQueueItem"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        CustomFieldDefinition: {
            /** @example cfd_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            key: string;
            label: string;
            /** @enum {string} */
            type: "text" | "number" | "date" | "select";
            /** @description The allowed values of a select field. */
            options: string[];
            partnerEditable: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        DirectorySettings: {
            partnerEditableFields: ("name" | "legalName" | "website" | "domains" | "country" | "operatingCountries" | "regions" | "industries" | "competencies" | "languages" | "contacts")[];
            updatedAt: string | null;
            version: number;
        };
        SavedView: {
            /** @example svw_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example usr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            userId: string;
            name: string;
            /** @description Directory list query string, e.g. `filter[country]=DE&sort=name`. */
            query: string;
            shared: boolean;
            mine: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        CustomFieldList: {
            data: components["schemas"]["CustomFieldDefinition"][];
        };
        SavedViewPage: {
            data: components["schemas"]["SavedView"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        Transition: {
            /** @example ltr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            /** @enum {string} */
            from: "prospect" | "applied" | "vetting" | "onboarding" | "active" | "at_risk" | "inactive" | "offboarded";
            /** @enum {string} */
            to: "prospect" | "applied" | "vetting" | "onboarding" | "active" | "at_risk" | "inactive" | "offboarded";
            reason: string;
            actorKind: string;
            /** @description usr_…, key_… or system:<job>. */
            actorId: string;
            /** Format: date-time */
            at: string;
        };
        ActivityItem: {
            /** @description The audit entry (aud_…) or transition (ltr_…). */
            id: string;
            /** @enum {string} */
            kind: "audit" | "transition";
            /** Format: date-time */
            at: string;
            actorKind: string;
            actorId: string;
            action: string;
            objectType: string;
            objectId: string;
            before: unknown;
            after: unknown;
            transition: {
                /** @enum {string} */
                from: "prospect" | "applied" | "vetting" | "onboarding" | "active" | "at_risk" | "inactive" | "offboarded";
                /** @enum {string} */
                to: "prospect" | "applied" | "vetting" | "onboarding" | "active" | "at_risk" | "inactive" | "offboarded";
                reason: string;
            } | null;
        };
        TransitionPage: {
            data: components["schemas"]["Transition"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        ActivityPage: {
            data: components["schemas"]["ActivityItem"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        Mail: {
            /** @example mail_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            to: string;
            template: string;
            locale: string;
            subject: string;
            /** @enum {string} */
            status: "queued" | "sent" | "stored" | "failed";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
        };
        MailDetail: {
            /** @example mail_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            to: string;
            template: string;
            locale: string;
            subject: string;
            /** @enum {string} */
            status: "queued" | "sent" | "stored" | "failed";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
            text: string;
            html: string;
        };
        MailPage: {
            data: components["schemas"]["Mail"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        Member: {
            /** @example mem_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example usr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            userId: string;
            email: string;
            name: string;
            /** @enum {string} */
            kind: "vendor" | "partner";
            /** @enum {string} */
            role: "owner" | "admin" | "channel_manager" | "channel_marketing" | "sales" | "finance" | "viewer" | "partner_admin" | "partner_rep";
            partnerId: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        Invitation: {
            /** @example inv_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            email: string;
            /** @enum {string} */
            kind: "vendor" | "partner";
            /** @enum {string} */
            role: "owner" | "admin" | "channel_manager" | "channel_marketing" | "sales" | "finance" | "viewer" | "partner_admin" | "partner_rep";
            partnerId: string | null;
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        CreatedInvitation: {
            /** @example inv_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            email: string;
            /** @enum {string} */
            kind: "vendor" | "partner";
            /** @enum {string} */
            role: "owner" | "admin" | "channel_manager" | "channel_marketing" | "sales" | "finance" | "viewer" | "partner_admin" | "partner_rep";
            partnerId: string | null;
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description Single-use; shown once. E-mailed to the invitee once mail is configured. */
            token: string;
            acceptUrl: string;
        };
        PasswordResetLink: {
            token: string;
            resetUrl: string;
            /** Format: date-time */
            expiresAt: string;
        };
        MemberPage: {
            data: components["schemas"]["Member"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        InvitationPage: {
            data: components["schemas"]["Invitation"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        Notification: {
            /** @example ntf_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            type: string;
            eventId: string | null;
            data: unknown;
            /** Format: date-time */
            createdAt: string;
            readAt: string | null;
        };
        NotificationPage: {
            data: components["schemas"]["Notification"][];
            nextCursor: string | null;
            unreadCount: number;
        };
        MarkedRead: {
            marked: number;
        };
        AgreementVersionSummary: {
            /** @example agv_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example agr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            agreementId: string;
            versionNumber: number;
            title: string;
            sha256: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
        };
        AgreementVersion: {
            /** @example agv_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example agr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            agreementId: string;
            versionNumber: number;
            title: string;
            sha256: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            /** @description The exact text; `sha256` is the hash of its UTF-8 bytes. */
            body: string;
        };
        Agreement: {
            /** @example agr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example prg_01jq3v3z8xf5sbk9m2n7r4t6wd */
            programId: string;
            title: string;
            /** Format: date-time */
            createdAt: string;
            currentVersion: components["schemas"]["AgreementVersionSummary"];
            versions: components["schemas"]["AgreementVersionSummary"][];
        };
        AgreementList: {
            data: components["schemas"]["Agreement"][];
        };
        OnboardingTaskConfig: {
            allowedTypes?: ("application/pdf" | "image/png" | "image/jpeg")[];
            maxBytes?: number;
            courseKey?: string;
        };
        OnboardingTemplate: {
            /** @example obt_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example prg_01jq3v3z8xf5sbk9m2n7r4t6wd */
            programId: string;
            partnerType: ("isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant") | null;
            name: string;
            reminderDays: number[];
            tasks: {
                /** @enum {string} */
                kind: "agreement" | "tax" | "bank" | "document" | "course" | "custom";
                title: string;
                description: string;
                required: boolean;
                agreementId: string | null;
                config: components["schemas"]["OnboardingTaskConfig"];
            }[];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        OnboardingTemplateList: {
            data: components["schemas"]["OnboardingTemplate"][];
        };
        OnboardingDocument: {
            /** @example doc_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example obk_01jq3v3z8xf5sbk9m2n7r4t6wd */
            taskId: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/png" | "image/jpeg";
            size: number;
            sha256: string;
            /** Format: date-time */
            uploadedAt: string;
        };
        OnboardingTask: {
            /** @example obk_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example obc_01jq3v3z8xf5sbk9m2n7r4t6wd */
            checklistId: string;
            /** @enum {string} */
            kind: "agreement" | "tax" | "bank" | "document" | "course" | "custom";
            title: string;
            description: string;
            required: boolean;
            agreementId: string | null;
            config: components["schemas"]["OnboardingTaskConfig"];
            /** @enum {string} */
            status: "todo" | "done" | "waived";
            statusChangedAt: string | null;
            statusChangedBy: string | null;
            statusReason: string | null;
            documents: components["schemas"]["OnboardingDocument"][];
            version: number;
        };
        Signature: {
            /** @example sig_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            taskId: string | null;
            /** @example agr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            agreementId: string;
            /** @example agv_01jq3v3z8xf5sbk9m2n7r4t6wd */
            agreementVersionId: string;
            versionNumber: number;
            agreementTitle: string;
            sha256: string;
            signerName: string;
            signerEmail: string;
            /** @example usr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            userId: string;
            /** Format: date-time */
            signedAt: string;
            ip: string | null;
            userAgent: string | null;
            certificateSha256: string;
            certificateUrl: string;
        };
        SignatureList: {
            data: components["schemas"]["Signature"][];
        };
        OnboardingMilestones: {
            appliedAt: string | null;
            onboardingStartedAt: string | null;
            activatedAt: string | null;
            firstDealRegisteredAt: string | null;
            firstDealWonAt: string | null;
            /** @description Whole and fractional days; null until both ends exist. */
            daysApplicationToActivation: number | null;
            /** @description Whole and fractional days; null until both ends exist. */
            daysActivationToFirstDeal: number | null;
            /** @description Whole and fractional days; null until both ends exist. */
            daysFirstDealToFirstWin: number | null;
            /** @description Whole and fractional days; null until both ends exist. */
            daysApplicationToFirstWin: number | null;
        };
        Onboarding: {
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            partnerStatus: string;
            checklist: {
                /** @example obc_01jq3v3z8xf5sbk9m2n7r4t6wd */
                id: string;
                name: string;
                templateId: string | null;
                /** Format: date-time */
                startedAt: string;
                completedAt: string | null;
                reminderDays: number[];
                progress: {
                    required: number;
                    requiredDone: number;
                    total: number;
                };
            } | null;
            tasks: components["schemas"]["OnboardingTask"][];
            milestones: components["schemas"]["OnboardingMilestones"];
        };
        TaskAgreement: {
            /** @example agv_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example agr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            agreementId: string;
            versionNumber: number;
            title: string;
            sha256: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            /** @description The exact text; `sha256` is the hash of its UTF-8 bytes. */
            body: string;
            /** @description Whether this partner already signed this version. */
            signed: boolean;
        };
        SignatureVerification: {
            /** @example sig_01jq3v3z8xf5sbk9m2n7r4t6wd */
            signatureId: string;
            /** @example agv_01jq3v3z8xf5sbk9m2n7r4t6wd */
            agreementVersionId: string;
            storedSha256: string;
            recomputedSha256: string;
            textMatches: boolean;
            certificateSha256Matches: boolean;
            valid: boolean;
        };
        OnboardingReminderResult: {
            recipients: number;
            openTasks: number;
        };
        TaxDetails: {
            /** @example tax_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            /** @enum {string} */
            form: "w9" | "w8bene" | "tax_id";
            country: string;
            scheme: string;
            taxIdMasked: string;
            fields: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        BankDetails: {
            /** @example bnk_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example ptr_01jq3v3z8xf5sbk9m2n7r4t6wd */
            partnerId: string;
            /** @enum {string} */
            kind: "iban" | "account";
            holderName: string;
            country: string;
            /** @description Masked values only (e.g. iban "DE89 **** **** **** **30 00"); the full numbers are never returned. */
            masked: {
                [key: string]: string | null;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        Account: {
            /** @example acct_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            externalRef: string | null;
            name: string;
            /** @description The normalised company name conflict detection compares. */
            nameNorm: string;
            website: string | null;
            /** @description Registrable domain of the website. */
            domain: string | null;
            country: string | null;
            industry: string | null;
            ownerName: string | null;
            strategic: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        VendorOpportunity: {
            /** @example vop_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            accountId: string | null;
            externalRef: string | null;
            name: string;
            customerName: string;
            customerNameNorm: string;
            customerWebsite: string | null;
            customerDomain: string | null;
            customerCountry: string | null;
            amountMinor: number;
            currency: string;
            stage: string;
            /** @enum {string} */
            status: "open" | "won" | "lost";
            expectedCloseDate: string | null;
            productLineIds: string[];
            ownerName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PipelineImportResult: {
            dryRun: boolean;
            /** @description Data rows read (header excluded). */
            total: number;
            created: number;
            updated: number;
            failed: number;
            rows: {
                /** @description Line in the file (the header is line 1). */
                line: number;
                externalRef: string | null;
                /** @enum {string} */
                action: "create" | "update" | "error";
                /** @description The written (or, in a dry run, matched) object; null for new rows in a dry run. */
                id: string | null;
                name: string | null;
            }[];
            errors: {
                line: number;
                /** @description The CSV column. */
                field: string;
                message: string;
            }[];
        };
        AccountPage: {
            data: components["schemas"]["Account"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        VendorOpportunityPage: {
            data: components["schemas"]["VendorOpportunity"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        ScreeningList: {
            /** @example scl_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            name: string;
            /** @enum {string} */
            format: "csl" | "ofac_legacy";
            source: string;
            entryCount: number;
            /** Format: date-time */
            importedAt: string;
            importedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Goes up with every import of the list. */
            version: number;
        };
        ScreeningEntry: {
            /** @example sce_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example scl_01jq3v3z8xf5sbk9m2n7r4t6wd */
            listId: string;
            /** @description The number the source gives the entry. */
            externalId: string | null;
            name: string;
            altNames: string[];
            /** @description ISO 3166-1 alpha-2 codes from its addresses. */
            countries: string[];
            /** @example OFAC SDN */
            sourceList: string;
            programs: string[];
            /** @example entity */
            entityType: string;
            remarks: string | null;
        };
        ScreeningRowError: {
            file: string;
            line: number;
            message: string;
        };
        ScreeningImportResult: {
            list: components["schemas"]["ScreeningList"];
            imported: number;
            /** @description Rows that were not imported; see errors. */
            skipped: number;
            /** @description The first 100 skipped rows and why. */
            errors: components["schemas"]["ScreeningRowError"][];
        };
        ScreeningHit: {
            /** @description 0–1, country bonus included. */
            score: number;
            nameScore: number;
            countryMatch: boolean;
            /** @description The entry’s name or alias that matched. */
            matchedName: string;
            matchedAlias: boolean;
            listName: string;
            entry: {
                /** @example sce_01jq3v3z8xf5sbk9m2n7r4t6wd */
                id: string;
                /** @example scl_01jq3v3z8xf5sbk9m2n7r4t6wd */
                listId: string;
                name: string;
                altNames: string[];
                /** @description ISO 3166-1 alpha-2 codes from its addresses. */
                countries: string[];
                /** @example OFAC SDN */
                sourceList: string;
                programs: string[];
                /** @example entity */
                entityType: string;
            };
        };
        ScreeningCheckResult: {
            name: string;
            /** @description The name as compared (legal form, case, punctuation removed). */
            normalized: string;
            hits: components["schemas"]["ScreeningHit"][];
        };
        ScreeningListPage: {
            data: components["schemas"]["ScreeningList"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        ScreeningEntryPage: {
            data: components["schemas"]["ScreeningEntry"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        WebhookEndpoint: {
            /** @example whk_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            url: string;
            description: string;
            eventTypes: string[];
            enabled: boolean;
            disabledReason: string | null;
            secretHints: {
                hint: string;
                createdAt: string;
                expiresAt: string | null;
            }[];
            failingSince: string | null;
            lastSuccessAt: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        WebhookEndpointWithSecret: {
            /** @example whk_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            url: string;
            description: string;
            eventTypes: string[];
            enabled: boolean;
            disabledReason: string | null;
            secretHints: {
                hint: string;
                createdAt: string;
                expiresAt: string | null;
            }[];
            failingSince: string | null;
            lastSuccessAt: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
            /** @description Standard Webhooks signing secret (whsec_…). Shown only in this response. */
            secret: string;
        };
        WebhookAttempt: {
            attemptNo: number;
            /** Format: date-time */
            requestedAt: string;
            requestHeaders: {
                [key: string]: string;
            };
            responseStatus: number | null;
            responseBody: string | null;
            latencyMs: number | null;
            error: string | null;
        };
        WebhookDelivery: {
            /** @example whd_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example whk_01jq3v3z8xf5sbk9m2n7r4t6wd */
            endpointId: string;
            /** @example evt_01jq3v3z8xf5sbk9m2n7r4t6wd */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            nextAttemptAt: string | null;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
        };
        WebhookDeliveryDetail: {
            /** @example whd_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            /** @example whk_01jq3v3z8xf5sbk9m2n7r4t6wd */
            endpointId: string;
            /** @example evt_01jq3v3z8xf5sbk9m2n7r4t6wd */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            nextAttemptAt: string | null;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
            payload: unknown;
            attemptLog: components["schemas"]["WebhookAttempt"][];
        };
        ReplayResult: {
            replayed: number;
        };
        EventTypeInfo: {
            type: string;
            description: string;
            sample: {
                [key: string]: unknown;
            };
        };
        EventTypeList: {
            data: components["schemas"]["EventTypeInfo"][];
        };
        WebhookEndpointPage: {
            data: components["schemas"]["WebhookEndpoint"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        WebhookDeliveryPage: {
            data: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
        };
        Workspace: {
            /** @example wks_01jq3v3z8xf5sbk9m2n7r4t6wd */
            id: string;
            name: string;
            slug: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "owner@demo.symbio.test",
                 *       "password": "correct horse battery"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequestInput"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoggedOut"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logoutEverywhere: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out everywhere */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoggedOut"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The principal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Ada Lovelace",
                 *       "locale": "de",
                 *       "timeZone": "Europe/Berlin"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProfileInput"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    switchWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workspaceId": "wks_01jq3v3z8xf5sbk9m2n7r4t6wd"
                 *     }
                 */
                "application/json": components["schemas"]["SwitchWorkspaceInput"];
            };
        };
        responses: {
            /** @description Switched */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    beginTotpEnrolment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Secret to enrol */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetup"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmTotpEnrolment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "123456"
                 *     }
                 */
                "application/json": components["schemas"]["TotpCodeInput"];
            };
        };
        responses: {
            /** @description Two-factor is on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableTotp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "correct horse battery"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordConfirmationInput"];
            };
        };
        responses: {
            /** @description Two-factor is off */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currentPassword": "correct horse battery",
                 *       "newPassword": "a longer new passphrase"
                 *     }
                 */
                "application/json": components["schemas"]["ChangePasswordInput"];
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "someone@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordResetRequestInput"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accepted"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "f3H0pW2b5Jc9mQ1xV7tY4rE8uI6oP0aS",
                 *       "newPassword": "a longer new passphrase"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordResetConfirmInput"];
            };
        };
        responses: {
            /** @description Password set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "f3H0pW2b5Jc9mQ1xV7tY4rE8uI6oP0aS",
                 *       "name": "Ada Example",
                 *       "password": "a longer new passphrase"
                 *     }
                 */
                "application/json": components["schemas"]["AcceptInvitationInput"];
            };
        };
        responses: {
            /** @description Accepted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitation"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Cloud Partner Network"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWorkspaceInput"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Cloud Partner Program"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWorkspaceInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, email. */
                sort?: "created_at" | "-created_at" | "email" | "-email";
                /** @description Search in name and e-mail. */
                q?: string;
                "filter[kind]"?: "vendor" | "partner";
                "filter[role]"?: "owner" | "admin" | "channel_manager" | "channel_marketing" | "sales" | "finance" | "viewer" | "partner_admin" | "partner_rep";
                "filter[partnerId]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "viewer"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMemberInput"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMemberPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Link created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetLink"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at. */
                sort?: "created_at" | "-created_at";
                "filter[status]"?: "pending" | "accepted" | "revoked" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invitations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "new.colleague@example.com",
                 *       "role": "channel_manager"
                 *     }
                 */
                "application/json": components["schemas"]["CreateInvitationInput"];
            };
        };
        responses: {
            /** @description Invitation created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInvitation"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartners: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: name, created_at, updated_at, status, country. */
                sort?: "name" | "-name" | "created_at" | "-created_at" | "updated_at" | "-updated_at" | "status" | "-status" | "country" | "-country";
                /** @description Case-insensitive substring search in the display name, legal name and domains. */
                q?: string;
                "filter[type]"?: "isv" | "si" | "var" | "msp" | "distributor" | "telco" | "referral" | "influencer" | "marketplace" | "consultant";
                "filter[status]"?: "prospect" | "applied" | "vetting" | "onboarding" | "active" | "at_risk" | "inactive" | "offboarded";
                /** @description Headquarters country. */
                "filter[country]"?: string;
                "filter[operatingCountry]"?: string;
                "filter[region]"?: string;
                "filter[industry]"?: string;
                /** @description Competency name (case-insensitive). */
                "filter[competency]"?: string;
                /** @description With filter[competency]: at least this level. */
                "filter[competencyLevel]"?: "basic" | "advanced" | "expert";
                "filter[language]"?: string;
                "filter[tag]"?: string;
                /** @description A registrable domain (or any host under it). */
                "filter[domain]"?: string;
                "filter[owner]"?: string;
                "filter[program]"?: string;
                /** @description A custom field value, as `key:value` (exact match). */
                "filter[custom]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of partners */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Nordlicht Systems GmbH",
                 *       "types": [
                 *         "si",
                 *         "var"
                 *       ],
                 *       "country": "DE",
                 *       "website": "https://nordlicht.example",
                 *       "legalName": "Nordlicht Systems GmbH",
                 *       "operatingCountries": [
                 *         "DE",
                 *         "AT",
                 *         "CH"
                 *       ],
                 *       "regions": [
                 *         "DACH"
                 *       ],
                 *       "industries": [
                 *         "Manufacturing"
                 *       ],
                 *       "competencies": [
                 *         {
                 *           "name": "Kubernetes",
                 *           "level": "expert"
                 *         }
                 *       ],
                 *       "languages": [
                 *         "de",
                 *         "en"
                 *       ],
                 *       "tags": [
                 *         "strategic"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreatePartnerInput"];
            };
        };
        responses: {
            /** @description The new partner */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partner */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "website": "https://nordlicht.example/partners"
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePartnerInput"];
            };
        };
        responses: {
            /** @description The updated partner */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulkUpdatePartners: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerIds": [
                 *         "ptr_01h2xcejqtf2nbrexx3vqjhp41"
                 *       ],
                 *       "action": "addTags",
                 *       "tags": [
                 *         "priority"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BulkPartnerActionInput"];
            };
        };
        responses: {
            /** @description Per-partner results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPartnerResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartnerContacts: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, name. */
                sort?: "created_at" | "-created_at" | "name" | "-name";
            };
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPage"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPartnerContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Jana Krüger",
                 *       "email": "jana@nordlicht.example",
                 *       "role": "billing",
                 *       "title": "CFO"
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactInput"];
            };
        };
        responses: {
            /** @description The contact */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePartnerContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePartnerContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                partnerId: string;
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone": "+49 30 1234567"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateContactInput"];
            };
        };
        responses: {
            /** @description The contact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCustomFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every custom field definition, by key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldList"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "crm_id",
                 *       "label": "CRM account id",
                 *       "type": "text",
                 *       "partnerEditable": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateCustomFieldInput"];
            };
        };
        responses: {
            /** @description The new definition */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldDefinition"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customFieldId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                customFieldId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "CRM account number"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCustomFieldInput"];
            };
        };
        responses: {
            /** @description The definition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldDefinition"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDirectorySettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectorySettings"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDirectorySettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerEditableFields": [
                 *         "name",
                 *         "website",
                 *         "languages",
                 *         "contacts"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDirectorySettingsInput"];
            };
        };
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectorySettings"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSavedViews: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of views */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewPage"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSavedView: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "My shortlist",
                 *       "query": "filter[country]=SE&filter[type]=isv&sort=name",
                 *       "shared": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateSavedViewInput"];
            };
        };
        responses: {
            /** @description The view */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                savedViewId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSavedView: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                savedViewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Shortlist 2",
                 *       "shared": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSavedViewInput"];
            };
        };
        responses: {
            /** @description The view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartnerTransitions: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of transitions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionPage"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transitionPartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": "at_risk",
                 *       "reason": "No registered deal in two quarters."
                 *     }
                 */
                "application/json": components["schemas"]["CreateTransitionInput"];
            };
        };
        responses: {
            /** @description The recorded transition */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transition"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartnerActivity: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of activity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, name. */
                sort?: "created_at" | "-created_at" | "name" | "-name";
                "filter[status]"?: "active" | "revoked";
                "filter[partnerId]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "CRM sync",
                 *       "scopes": [
                 *         "partners.read"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKeyInput"];
            };
        };
        responses: {
            /** @description Created; the secret is shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                apiKeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                apiKeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: seq. */
                sort?: "seq" | "-seq";
                "filter[action]"?: string;
                "filter[actorId]"?: string;
                "filter[objectType]"?: string;
                "filter[objectId]"?: string;
                "filter[partnerId]"?: string;
                /** @description Occurred at or after (ISO 8601). */
                "filter[from]"?: string;
                /** @description Occurred before (ISO 8601). */
                "filter[to]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verification result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerifyResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Event types */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTypeList"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at. */
                sort?: "created_at" | "-created_at";
                "filter[enabled]"?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://hooks.example.com/symbio",
                 *       "eventTypes": [
                 *         "partner.created",
                 *         "partner.updated"
                 *       ],
                 *       "description": "CRM sync"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookEndpointInput"];
            };
        };
        responses: {
            /** @description Created; the secret is shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhookEndpointInput"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "overlapHours": 24
                 *     }
                 */
                "application/json": components["schemas"]["RotateWebhookSecretInput"];
            };
        };
        responses: {
            /** @description Rotated; the new secret is shown once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at. */
                sort?: "created_at" | "-created_at";
                "filter[status]"?: "pending" | "succeeded" | "failed";
                "filter[eventType]"?: string;
            };
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayFailedWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were queued again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetail"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at. */
                sort?: "created_at" | "-created_at";
                "filter[unread]"?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were marked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedRead"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMail: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at. */
                sort?: "created_at" | "-created_at";
                "filter[status]"?: "queued" | "sent" | "stored" | "failed";
                "filter[to]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of mail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                mailId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailDetail"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryMail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                mailId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mail"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScreeningLists: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, name. */
                sort?: "created_at" | "-created_at" | "name" | "-name";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of lists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningListPage"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScreeningList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "format": "csl",
                 *       "name": "Consolidated Screening List",
                 *       "csv": "_id,source,entity_number,type,programs,name,title,addresses,alt_names\n1,Specially Designated Nationals (SDN) - Treasury Department,306,Entity,CUBA,BANCO NACIONAL DE CUBA,,\"Havana, CU\",NATIONAL BANK OF CUBA; BNC"
                 *     }
                 */
                "application/json": components["schemas"]["CreateScreeningListInput"];
            };
        };
        responses: {
            /** @description The new list and the import report */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningImportResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScreeningList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningList"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceScreeningList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "format": "csl",
                 *       "name": "Consolidated Screening List",
                 *       "csv": "_id,source,entity_number,type,programs,name,title,addresses,alt_names\n1,Specially Designated Nationals (SDN) - Treasury Department,306,Entity,CUBA,BANCO NACIONAL DE CUBA,,\"Havana, CU\",NATIONAL BANK OF CUBA; BNC"
                 *     }
                 */
                "application/json": components["schemas"]["CreateScreeningListInput"];
            };
        };
        responses: {
            /** @description The list and the import report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningImportResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteScreeningList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScreeningEntries: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: name. */
                sort?: "name" | "-name";
                /** @description Substring of the name or an alias (case, accents and punctuation ignored). */
                q?: string;
            };
            header?: never;
            path: {
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningEntryPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkScreening: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Banco Nacional de Cuba S.A.",
                 *       "country": "CU",
                 *       "minScore": 0.8,
                 *       "limit": 10
                 *     }
                 */
                "application/json": components["schemas"]["ScreeningCheckInput"];
            };
        };
        responses: {
            /** @description The hits, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningCheckResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrograms: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, name. */
                sort?: "created_at" | "-created_at" | "name" | "-name";
                /** @description Case-insensitive search in the name. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of programs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProgram: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Reseller program",
                 *       "slug": "resellers",
                 *       "description": "For value-added resellers in Europe.",
                 *       "partnerTypes": [
                 *         "var",
                 *         "msp"
                 *       ],
                 *       "vetting": {
                 *         "requiredFields": [
                 *           "website"
                 *         ],
                 *         "restrictedCountries": [
                 *           "KP"
                 *         ],
                 *         "screening": {
                 *           "enabled": true,
                 *           "reviewThreshold": 0.88
                 *         },
                 *         "duplicates": {
                 *           "enabled": true
                 *         },
                 *         "email": {
                 *           "freeMail": "review",
                 *           "domainMismatch": "review"
                 *         },
                 *         "autoApprove": true
                 *       },
                 *       "dealRules": {
                 *         "firstToRegister": true,
                 *         "protectionDays": 120,
                 *         "expiryWarningDays": [
                 *           14,
                 *           3
                 *         ],
                 *         "extensions": {
                 *           "maxCount": 1,
                 *           "maxDays": 60,
                 *           "requireApproval": true
                 *         },
                 *         "exclusivityPerProductLine": true,
                 *         "autoApproval": {
                 *           "enabled": false,
                 *           "maxAmountMinor": null,
                 *           "currency": "USD",
                 *           "tierIds": []
                 *         },
                 *         "vendorPipelinePrecedence": true,
                 *         "thresholds": {
                 *           "conflict": 0.85,
                 *           "possible": 0.6
                 *         },
                 *         "dateWindowDays": 365,
                 *         "review": {
                 *           "slaHours": 48,
                 *           "reminderHours": 24,
                 *           "approverUserIds": []
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateProgramInput"];
            };
        };
        responses: {
            /** @description The new program */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProgram: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "applicationOpen": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProgramInput"];
            };
        };
        responses: {
            /** @description The updated program */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplicationForm: {
        parameters: {
            query: {
                /** @description The workspace slug. */
                workspace: string;
                /** @description The program slug. */
                program: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form definition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationForm"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workspace": "acme",
                 *       "program": "resellers",
                 *       "companyName": "Nordlicht Systems GmbH",
                 *       "legalName": "Nordlicht Systems GmbH",
                 *       "website": "https://nordlicht.example",
                 *       "country": "DE",
                 *       "partnerTypes": [
                 *         "var"
                 *       ],
                 *       "contactName": "Ada Example",
                 *       "email": "ada@nordlicht.example",
                 *       "password": "a longer new passphrase",
                 *       "locale": "de"
                 *     }
                 */
                "application/json": components["schemas"]["ApplyBodyInput"];
            };
        };
        responses: {
            /** @description Accepted: check your e-mail */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplyAccepted"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "f3H0pW2b5Jc9mQ1xV7tY4rE8uI6oP0aS"
                 *     }
                 */
                "application/json": components["schemas"]["VerifyApplicationBodyInput"];
            };
        };
        responses: {
            /** @description The application’s outcome */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicantStatus"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplicationStatus: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicantStatus"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    respondToApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "apl_01jq3v3z8xf5sbk9m2n7r4t6wd.f3H0pW2b5Jc9mQ1xV7tY4rE8uI6oP0aS",
                 *       "message": "Our website is now online.",
                 *       "facts": {
                 *         "website": "https://nordlicht.example"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RespondToApplicationBodyInput"];
            };
        };
        responses: {
            /** @description The status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicantStatus"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, updated_at, company_name. */
                sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "company_name" | "-company_name";
                /** @description Case-insensitive search in the company name and e-mail. */
                q?: string;
                "filter[status]"?: "pending_verification" | "submitted" | "info_requested" | "approved" | "rejected";
                "filter[decision]"?: "approve" | "reject" | "manual_review";
                "filter[programId]"?: string;
                "filter[country]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "request_info",
                 *       "reason": "Please tell us which products you resell today."
                 *     }
                 */
                "application/json": components["schemas"]["ApplicationDecisionBodyInput"];
            };
        };
        responses: {
            /** @description The decided application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementList"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Partner agreement",
                 *       "body": "# Partner agreement\n\n1. The partner resells the products in its territory.\n2. Either party may end this agreement with 30 days notice.\n"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAgreementInput"];
            };
        };
        responses: {
            /** @description The agreement */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishAgreementVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "# Partner agreement\n\n1. The partner resells the products in its territory.\n2. Either party may end this agreement with 30 days notice.\n3. Disputes are settled in Munich.\n"
                 *     }
                 */
                "application/json": components["schemas"]["PublishAgreementVersionInput"];
            };
        };
        responses: {
            /** @description Unchanged: the current version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementVersion"];
                };
            };
            /** @description The new version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementVersion"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreementVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agreementVersionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementVersion"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOnboardingTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingTemplateList"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOnboardingTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerType": "msp",
                 *       "name": "MSP onboarding",
                 *       "reminderDays": [
                 *         3,
                 *         7,
                 *         14
                 *       ],
                 *       "tasks": [
                 *         {
                 *           "kind": "tax",
                 *           "title": "Tax details",
                 *           "description": "A PDF or scan of your certificate of incorporation.",
                 *           "required": true,
                 *           "agreementId": null,
                 *           "config": {}
                 *         },
                 *         {
                 *           "kind": "bank",
                 *           "title": "Bank details",
                 *           "description": "A PDF or scan of your certificate of incorporation.",
                 *           "required": true,
                 *           "agreementId": null,
                 *           "config": {}
                 *         },
                 *         {
                 *           "kind": "document",
                 *           "title": "Certificate of incorporation",
                 *           "description": "A PDF or scan of your certificate of incorporation.",
                 *           "required": true,
                 *           "agreementId": null,
                 *           "config": {
                 *             "allowedTypes": [
                 *               "application/pdf"
                 *             ],
                 *             "maxBytes": 5242880
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SaveOnboardingTemplateInput"];
            };
        };
        responses: {
            /** @description The template */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingTemplate"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceOnboardingTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                onboardingTemplateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerType": null,
                 *       "name": "Default onboarding",
                 *       "reminderDays": [
                 *         5,
                 *         10
                 *       ],
                 *       "tasks": [
                 *         {
                 *           "kind": "document",
                 *           "title": "Certificate of incorporation",
                 *           "description": "A PDF or scan of your certificate of incorporation.",
                 *           "required": true,
                 *           "agreementId": null,
                 *           "config": {
                 *             "allowedTypes": [
                 *               "application/pdf"
                 *             ],
                 *             "maxBytes": 5242880
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SaveOnboardingTemplateInput"];
            };
        };
        responses: {
            /** @description The template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingTemplate"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartnerOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The onboarding */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onboarding"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startPartnerOnboarding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The onboarding */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onboarding"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOnboardingTaskAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
                onboardingTaskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version to sign */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskAgreement"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOnboardingAgreement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                partnerId: string;
                onboardingTaskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "agreementVersionId": "agv_01jq3v3z8xf5sbk9m2n7r4t6wd",
                 *       "sha256": "c0535e4be2b79ffd93291305436bf889314e4a3faec05ecffcbb7df31ad9e51a",
                 *       "signerName": "Hanako Yamada",
                 *       "consent": true
                 *     }
                 */
                "application/json": components["schemas"]["SignAgreementInput"];
            };
        };
        responses: {
            /** @description The signature */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signature"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOnboardingSignatures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signatures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureList"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSignatureCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
                signatureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/pdf */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyOnboardingSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
                signatureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureVerification"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOnboardingTax: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tax details, masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxDetails"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putOnboardingTax: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "form": "tax_id",
                 *       "country": "DE",
                 *       "scheme": "vat",
                 *       "taxId": "DE136695976",
                 *       "legalName": "Nordlicht Systems GmbH"
                 *     }
                 */
                "application/json": components["schemas"]["TaxDetailsFormInput"];
            };
        };
        responses: {
            /** @description The tax details, masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxDetails"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOnboardingBank: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bank details, masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankDetails"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putOnboardingBank: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "iban",
                 *       "holderName": "Nordlicht Systems GmbH",
                 *       "iban": "DE89 3704 0044 0532 0130 00",
                 *       "bic": "COBADEFFXXX"
                 *     }
                 */
                "application/json": components["schemas"]["BankDetailsFormInput"];
            };
        };
        responses: {
            /** @description The bank details, masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankDetails"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadOnboardingDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
                onboardingTaskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored document */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingDocument"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadOnboardingDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeOnboardingTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                partnerId: string;
                onboardingTaskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingTask"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    waiveOnboardingTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                partnerId: string;
                onboardingTaskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Collected on paper at the partner summit."
                 *     }
                 */
                "application/json": components["schemas"]["OnboardingReasonInput"];
            };
        };
        responses: {
            /** @description The task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingTask"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenOnboardingTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                partnerId: string;
                onboardingTaskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Collected on paper at the partner summit."
                 *     }
                 */
                "application/json": components["schemas"]["OnboardingReasonInput"];
            };
        };
        responses: {
            /** @description The task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingTask"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markDoneOnboardingTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                partnerId: string;
                onboardingTaskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Collected on paper at the partner summit."
                 *     }
                 */
                "application/json": components["schemas"]["OnboardingReasonInput"];
            };
        };
        responses: {
            /** @description The task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingTask"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendOnboardingReminder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who was reminded of how many tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingReminderResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTiers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tiers, lowest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierList"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Gold",
                 *       "rank": 3,
                 *       "criteria": {
                 *         "type": "group",
                 *         "op": "and",
                 *         "rules": [
                 *           {
                 *             "type": "condition",
                 *             "metric": "revenue_won",
                 *             "operator": ">=",
                 *             "threshold": 1000000
                 *           },
                 *           {
                 *             "type": "group",
                 *             "op": "or",
                 *             "rules": [
                 *               {
                 *                 "type": "condition",
                 *                 "metric": "certified_people",
                 *                 "operator": ">=",
                 *                 "threshold": 3
                 *               },
                 *               {
                 *                 "type": "condition",
                 *                 "metric": "customer_satisfaction",
                 *                 "operator": ">=",
                 *                 "threshold": 4.5
                 *               }
                 *             ]
                 *           }
                 *         ]
                 *       },
                 *       "discountPct": 20,
                 *       "rebatePct": 3,
                 *       "mdfEligible": true,
                 *       "leadPriority": 3
                 *     }
                 */
                "application/json": components["schemas"]["CreateTierInputInput"];
            };
        };
        responses: {
            /** @description The tier */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tier"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
                tierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tier */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tier"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programId: string;
                tierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                programId: string;
                tierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "discountPct": 22.5
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTierInputInput"];
            };
        };
        responses: {
            /** @description The updated tier */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tier"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recomputeProgramTiers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                programId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the recompute did */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierRecomputeResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPartnerMetrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "events": [
                 *         {
                 *           "metric": "revenue_won",
                 *           "value": 250000,
                 *           "occurredAt": "2026-11-02T10:00:00Z",
                 *           "source": "crm",
                 *           "externalRef": "deal-4711"
                 *         },
                 *         {
                 *           "metric": "deals_won",
                 *           "value": 1,
                 *           "occurredAt": "2026-11-02T10:00:00Z",
                 *           "source": "crm",
                 *           "externalRef": "deal-4711"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["IngestMetricsInputInput"];
            };
        };
        responses: {
            /** @description How many events were stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestMetricsResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartnerTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partner’s tier */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerTier"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recomputePartnerTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the recompute did */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierRecomputeResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartnerTierDecisions: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of decisions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierDecisionPage"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartnerBenefits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The benefits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerBenefits"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDealExtensions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requests and limits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealExtensionList"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestDealExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days": 30,
                 *       "reason": "The customer moved the purchase decision to next quarter."
                 *     }
                 */
                "application/json": components["schemas"]["DealExtensionRequestInput"];
            };
        };
        responses: {
            /** @description The request (approved already when no approval is required) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealExtensionResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDealExtensionQueue: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: requested_at. */
                sort?: "requested_at" | "-requested_at";
                status?: "pending" | "approved" | "rejected";
                partnerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealExtensionQueuePage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideDealExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                extensionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "approve",
                 *       "reason": "Customer confirmed the new timeline."
                 *     }
                 */
                "application/json": components["schemas"]["DealExtensionDecisionInput"];
            };
        };
        responses: {
            /** @description The decided request */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealExtensionResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeals: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, updated_at, amount_minor, title. */
                sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "amount_minor" | "-amount_minor" | "title" | "-title";
                /** @description Search in the title and customer name. */
                q?: string;
                /** @description One or more states, comma-separated. */
                "filter[state]"?: string;
                "filter[stage]"?: string;
                "filter[partner]"?: string;
                "filter[conflict]"?: "none" | "possible" | "conflict";
                /** @description review: waiting for a decision; conflicts: open conflicts (staff). */
                "filter[queue]"?: "review" | "conflicts";
                "filter[productLine]"?: string;
                "filter[closeFrom]"?: string;
                "filter[closeTo]"?: string;
                "filter[assignee]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Robotics line retrofit",
                 *       "customer": {
                 *         "name": "Acme Robotics GmbH",
                 *         "website": "https://www.acme-robotics.de",
                 *         "country": "DE",
                 *         "address": {
                 *           "line1": "Hafenstraße 12",
                 *           "city": "Hamburg",
                 *           "postalCode": "20457"
                 *         }
                 *       },
                 *       "contact": {
                 *         "name": "Jana Krüger",
                 *         "email": "jana.krueger@acme-robotics.de",
                 *         "title": "Head of Operations"
                 *       },
                 *       "amountMinor": 12000000,
                 *       "currency": "EUR",
                 *       "expectedCloseDate": "2027-03-31",
                 *       "notes": "Budget approved for Q1.",
                 *       "partnerId": "ptr_01jq3v3z8xf5sbk9m2n7r4t6wd"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDealInput"];
            };
        };
        responses: {
            /** @description The registration */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "Customer confirmed the budget.",
                 *       "expectedCloseDate": "2027-04-30"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDealInput"];
            };
        };
        responses: {
            /** @description The registration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The submitted registration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDealReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealReceipt"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "approve",
                 *       "reason": "Qualified opportunity, no overlap."
                 *     }
                 */
                "application/json": components["schemas"]["DealDecisionInput"];
            };
        };
        responses: {
            /** @description The registration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDealConflicts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The candidates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealConflicts"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDealConflicts: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, updated_at, amount_minor, title. */
                sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "amount_minor" | "-amount_minor" | "title" | "-title";
                /** @description Search in the title and customer name. */
                q?: string;
                /** @description One or more states, comma-separated. */
                "filter[state]"?: string;
                "filter[stage]"?: string;
                "filter[partner]"?: string;
                "filter[conflict]"?: "none" | "possible" | "conflict";
                /** @description review: waiting for a decision; conflicts: open conflicts (staff). */
                "filter[queue]"?: "review" | "conflicts";
                "filter[productLine]"?: string;
                "filter[closeFrom]"?: string;
                "filter[closeTo]"?: string;
                "filter[assignee]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conflicts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealConflictPage"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveDealConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resolution": "keep_existing",
                 *       "reason": "The other partner registered this customer first."
                 *     }
                 */
                "application/json": components["schemas"]["ConflictResolutionInput"];
            };
        };
        responses: {
            /** @description The registration after the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProductLines: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, name, code. */
                sort?: "created_at" | "-created_at" | "name" | "-name" | "code" | "-code";
                /** @description Case-insensitive search in the name and code. */
                q?: string;
                /** @description Only active (true) or inactive (false) lines. Partners see active ones only. */
                "filter[active]"?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of product lines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLinePage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProductLine: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Network security",
                 *       "code": "NET",
                 *       "description": "Firewalls and VPN gateways."
                 *     }
                 */
                "application/json": components["schemas"]["CreateProductLineInput"];
            };
        };
        responses: {
            /** @description The new product line */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLine"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProductLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productLineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLine"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProductLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productLineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProductLine: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                productLineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "active": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProductLineInput"];
            };
        };
        responses: {
            /** @description The updated product line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductLine"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, name, sku. */
                sort?: "created_at" | "-created_at" | "name" | "-name" | "sku" | "-sku";
                /** @description Case-insensitive search in the name and SKU. */
                q?: string;
                "filter[productLineId]"?: string;
                /** @description Only active (true) or inactive (false) products. Partners see active ones only. */
                "filter[active]"?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "productLineId": "pln_01h455vb4pex5vsknk084sn02q",
                 *       "name": "Firewall 100",
                 *       "sku": "NET-FW-100",
                 *       "listPrices": {
                 *         "EUR": 120000,
                 *         "USD": 130000
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateProductInput"];
            };
        };
        responses: {
            /** @description The new product */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "listPrices": {
                 *         "EUR": 125000
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProductInput"];
            };
        };
        responses: {
            /** @description The updated product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, updated_at, name. */
                sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "name" | "-name";
                /** @description Search in the name, domain and external ref. */
                q?: string;
                "filter[country]"?: string;
                "filter[strategic]"?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Robotics GmbH",
                 *       "externalRef": "ACC-1001",
                 *       "website": "https://www.acme-robotics.de",
                 *       "country": "DE",
                 *       "industry": "Manufacturing",
                 *       "strategic": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateAccountInput"];
            };
        };
        responses: {
            /** @description The new account */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importAccounts: {
        parameters: {
            query?: {
                /** @description true: validate and report what would change, write nothing. */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineImportResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "strategic": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAccountInput"];
            };
        };
        responses: {
            /** @description The updated account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVendorOpportunities: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, updated_at, name, customer_name, amount_minor. */
                sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "name" | "-name" | "customer_name" | "-customer_name" | "amount_minor" | "-amount_minor";
                /** @description Search in the name, customer name, customer domain and external ref. */
                q?: string;
                "filter[status]"?: "open" | "won" | "lost";
                /** @description The CRM’s sales stage, free text. */
                "filter[stage]"?: string;
                "filter[country]"?: string;
                "filter[accountId]"?: string;
                "filter[productLineId]"?: string;
                /** @description Expected close on or after this date. */
                "filter[closeFrom]"?: string;
                /** @description Expected close on or before this date. */
                "filter[closeTo]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of vendor opportunities */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorOpportunityPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createVendorOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme – factory network refresh",
                 *       "customerName": "Acme Robotics GmbH",
                 *       "externalRef": "OPP-2001",
                 *       "accountId": "acct_01h455vb4pex5vsknk084sn02q",
                 *       "customerWebsite": "https://www.acme-robotics.de",
                 *       "customerCountry": "DE",
                 *       "amountMinor": 12500000,
                 *       "currency": "EUR",
                 *       "stage": "proposal",
                 *       "status": "open",
                 *       "expectedCloseDate": "2027-03-31",
                 *       "productLineIds": [
                 *         "pln_01h455vb4pex5vsknk084sn02q"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateVendorOpportunityInput"];
            };
        };
        responses: {
            /** @description The new vendor opportunity */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorOpportunity"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importVendorOpportunities: {
        parameters: {
            query?: {
                /** @description true: validate and report what would change, write nothing. */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineImportResult"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVendorOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vendorOpportunityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vendor opportunity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorOpportunity"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteVendorOpportunity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                vendorOpportunityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateVendorOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                vendorOpportunityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "won",
                 *       "stage": "closed"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateVendorOpportunityInput"];
            };
        };
        responses: {
            /** @description The updated vendor opportunity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VendorOpportunity"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDealActivities: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at. */
                sort?: "created_at" | "-created_at";
                /** @description Only entries of this kind. */
                "filter[kind]"?: string;
            };
            header?: never;
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of timeline entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealActivityPage"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDealComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Customer wants a demo next week — can you join?",
                 *       "visibility": "side"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDealCommentInput"];
            };
        };
        responses: {
            /** @description The timeline entry */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealActivity"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDealMentionable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description People */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentionableList"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDealFiles: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealFilePage"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadDealFile: {
        parameters: {
            query?: {
                /** @description Required: the name the file is shown and downloaded with. */
                filename?: string;
                visibility?: "internal" | "side" | "participants";
                partnerId?: string;
            };
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored file */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealFile"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadDealFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
                dealFileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDealFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
                dealFileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDealOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "stage": "proposal",
                 *       "nextSteps": "Send the proposal by Friday."
                 *     }
                 */
                "application/json": components["schemas"]["UpdateOpportunityInput"];
            };
        };
        responses: {
            /** @description The deal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "won",
                 *       "reason": "Signed on 2027-03-28.",
                 *       "amountMinor": 11500000
                 *     }
                 */
                "application/json": components["schemas"]["CloseDealInput"];
            };
        };
        responses: {
            /** @description The closed deal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deal"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDealParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Participants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealParticipantPage"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDealParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path: {
                dealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerId": "ptr_01jq3v3z8xf5sbk9m2n7r4t6wd",
                 *       "role": "influenced",
                 *       "shareBps": 0
                 *     }
                 */
                "application/json": components["schemas"]["CreateDealParticipantInput"];
            };
        };
        responses: {
            /** @description The participation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealParticipant"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeDealParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dealId: string;
                dealParticipantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDealParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                dealId: string;
                dealParticipantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "shareBps": 2000
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDealParticipantInput"];
            };
        };
        responses: {
            /** @description The participation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealParticipant"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAccountPlans: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: created_at, updated_at, title. */
                sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "title" | "-title";
                "filter[partner]"?: string;
                "filter[account]"?: string;
                "filter[status]"?: "draft" | "active" | "closed";
                /** @description Search in title and account name. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of plans */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPlanPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAccountPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acct_01jq3v3z8xf5sbk9m2n7r4t6wd",
                 *       "partnerId": "ptr_01jq3v3z8xf5sbk9m2n7r4t6wd",
                 *       "title": "Acme Robotics FY27",
                 *       "summary": "Expand from the Hamburg plant to all three EU sites.",
                 *       "goals": [
                 *         {
                 *           "text": "Pilot live in Hamburg",
                 *           "targetDate": "2027-02-28"
                 *         }
                 *       ],
                 *       "stakeholders": [
                 *         {
                 *           "name": "Jana Krüger",
                 *           "title": "Head of Operations",
                 *           "role": "champion"
                 *         }
                 *       ],
                 *       "actions": [
                 *         {
                 *           "title": "Joint discovery workshop",
                 *           "ownerName": "Partner SE",
                 *           "dueDate": "2027-01-15"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateAccountPlanInput"];
            };
        };
        responses: {
            /** @description The plan */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPlan"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccountPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountPlanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPlan"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAccountPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountPlanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAccountPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag from a previous read; stale → 412. */
                "if-match"?: string;
            };
            path: {
                accountPlanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "goals": [
                 *         {
                 *           "text": "Pilot live in Hamburg",
                 *           "targetDate": "2027-02-28",
                 *           "done": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAccountPlanInput"];
            };
        };
        responses: {
            /** @description The plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPlan"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTouchpoints: {
        parameters: {
            query?: {
                /** @description Page size, 1–200 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Sort field; prefix with - for descending. One of: occurred_at. */
                sort?: "occurred_at" | "-occurred_at";
                "filter[partner]"?: string;
                "filter[deal]"?: string;
                "filter[kind]"?: "registration" | "cosell_activity" | "introduction" | "meeting" | "technical_validation" | "content_shared" | "event" | "marketplace_transaction";
                "filter[from]"?: string;
                "filter[to]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of touchpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TouchpointPage"];
                    "text/csv": string;
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordTouchpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes retries safe: the same key and body return the stored response. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerId": "ptr_01jq3v3z8xf5sbk9m2n7r4t6wd",
                 *       "kind": "meeting",
                 *       "occurredAt": "2026-11-20T14:00:00Z",
                 *       "note": "Discovery call with the customer’s operations team."
                 *     }
                 */
                "application/json": components["schemas"]["CreateTouchpointInput"];
            };
        };
        responses: {
            /** @description The touchpoint */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Touchpoint"];
                };
            };
            /** @description Invalid request: `errors[]` names each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated, or the credential is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for objects of another tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency-Key reused with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
