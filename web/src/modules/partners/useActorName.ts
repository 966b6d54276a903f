import { useQuery } from '@tanstack/react-query';
import { can, useMe } from '../../platform/auth/session';
import { memberListQuery } from '../members/api';

/**
 * Names the principal of a history entry (usr_… → "Ada Admin"); API keys and jobs keep their
 * id. Reads the first 200 members of the workspace, enough for the people who act on partners.
 */
export function useActorName(): (actorId: string) => string {
  const me = useMe();
  const members = useQuery({
    ...memberListQuery({ limit: 200, sort: 'email' }),
    enabled: can(me, 'members.read'),
  });
  const names = new Map((members.data?.data ?? []).map((m) => [m.userId, m.name]));
  return (actorId) => names.get(actorId) ?? actorId;
}
