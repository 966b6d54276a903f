import type { Ctx } from '../../platform/access/context.js';
import { programDealRules } from '../programs/index.js';
import { type DealRules, defaultDealRules, readDealRules } from './rules.js';

/**
 * The rules of engagement a deal plays by: its program's (stored rules predating a field get
 * that field's default), or the defaults for a partner in no program or a program since deleted.
 */
export async function rulesForProgram(ctx: Ctx, programId: string | null): Promise<DealRules> {
  if (!programId) return defaultDealRules;
  return rulesFromStored(await programDealRules(ctx, programId));
}

/** The same from rules already read (null: no program, or one since deleted). */
export function rulesFromStored(stored: unknown | null): DealRules {
  return stored === null || stored === undefined ? defaultDealRules : readDealRules(stored);
}
