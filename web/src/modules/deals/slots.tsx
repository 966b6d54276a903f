import { type ComponentType, lazy, Suspense } from 'react';
import { LoadingBlock } from '../../platform/ui/QueryState';
import type { Deal } from './api';

/**
 * The deal page's sections the co-selling module provides (timeline with comments, files,
 * partners, opportunity editor), each loaded with its tab: the deal page neither waits for them
 * nor carries them in its own chunk.
 */
export type SlotName = 'DealTimeline' | 'DealFiles' | 'DealParticipants' | 'OpportunityEditor';
type SlotProps = { deal: Deal; dealId: string };

const slots: Record<SlotName, ComponentType<SlotProps>> = {
  DealTimeline: lazy(() => import('../cosell/DealTimeline').then((m) => ({ default: m.DealTimeline }))),
  DealFiles: lazy(() => import('../cosell/DealFiles').then((m) => ({ default: m.DealFiles }))),
  DealParticipants: lazy(() =>
    import('../cosell/DealParticipants').then((m) => ({ default: m.DealParticipants })),
  ),
  OpportunityEditor: lazy(() =>
    import('../cosell/OpportunityEditor').then((m) => ({ default: m.OpportunityEditor })),
  ),
};

/** Renders a co-selling section of the deal. */
export function Slot({ name, deal }: { name: SlotName; deal: Deal }) {
  const Component = slots[name];
  return (
    <Suspense fallback={<LoadingBlock />}>
      <Component deal={deal} dealId={deal.id} />
    </Suspense>
  );
}
