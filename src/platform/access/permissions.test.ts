import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRoutes } from '../../modules/index.js';
import { authorize, can } from './authorize.js';
import { assignableRoles, partnerRoles, rolePermissions, vendorRoles } from './permissions.js';
import { renderPermissionsDoc } from './render-permissions.js';

describe('permission matrix', () => {
  it('docs/permissions.md is exactly what the code renders (run `npm run docs:generate`)', () => {
    expect(readFileSync('docs/permissions.md', 'utf8')).toBe(renderPermissionsDoc(allRoutes));
  });

  it('every route declares access and a rate limit, and ids are unique', () => {
    const ids = new Set<string>();
    for (const r of allRoutes) {
      expect(r.access, r.operationId).toBeDefined();
      expect(r.rateLimit, r.operationId).not.toBeUndefined();
      expect(r.description.length, r.operationId).toBeGreaterThan(10);
      expect(ids.has(r.operationId), r.operationId).toBe(false);
      ids.add(r.operationId);
      if (r.body) expect(r.bodyExample, `${r.operationId} needs a bodyExample`).toBeDefined();
    }
  });

  it('partner roles never hold a permission their vendor counterpart lacks, and never audit or workspace writes', () => {
    for (const role of partnerRoles) {
      expect(rolePermissions[role]).not.toContain('audit.read');
      expect(rolePermissions[role]).not.toContain('workspace.update');
      expect(rolePermissions[role]).not.toContain('partners.create');
      expect(rolePermissions[role]).not.toContain('partners.delete');
    }
  });

  it('no role can hand out a role of its own side with more permissions than its own', () => {
    // Vendor staff granting partner roles is onboarding, not escalation: partner roles are
    // confined to one partner organisation by the partner wall.
    const side = (r: string) => (partnerRoles as readonly string[]).includes(r);
    for (const role of [...vendorRoles, ...partnerRoles]) {
      for (const granted of assignableRoles(role).filter((g) => side(g) === side(role))) {
        const extra = rolePermissions[granted].filter((p) => !rolePermissions[role].includes(p));
        expect(extra, `${role} → ${granted}`).toEqual([]);
      }
    }
  });

  it('authorize: anonymous is 401, a user without a workspace is 403, scopes bound API keys', () => {
    expect(() => authorize({ kind: 'anonymous' }, 'partners.read')).toThrow(/Sign in/);
    expect(() =>
      authorize({ kind: 'user', userId: 'usr_x', sessionId: null, membership: null }, 'partners.read'),
    ).toThrow(/workspace/);
    const key = {
      kind: 'apiKey' as const,
      apiKeyId: 'key_x',
      workspaceId: 'wks_x',
      partnerId: null,
      scopes: ['partners.read' as const],
    };
    expect(can(key, 'partners.read')).toBe(true);
    expect(can(key, 'partners.create')).toBe(false);
  });
});
