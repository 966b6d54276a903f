import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { AnchorLink } from '../../platform/ui/links';
import { partnerQuery } from '../partners/api';

/** A partner's name for an id (cached per partner), linking to its page. */
export function PartnerName({ partnerId }: { partnerId: string | null }) {
  const partner = useQuery({
    ...partnerQuery(partnerId ?? ''),
    enabled: Boolean(partnerId),
    staleTime: 300_000,
  });
  if (!partnerId) return <Text size="sm">—</Text>;
  return (
    <AnchorLink to="/partners/$partnerId" params={{ partnerId }} size="sm">
      {partner.data?.name ?? partnerId}
    </AnchorLink>
  );
}
