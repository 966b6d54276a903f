export { tierRoutes } from './routes.js';
export { recomputeDueTiers } from './schedule.js';
/**
 * Tier benefits (discount, rebate, MDF, lead priority) for other modules, and metric ingestion
 * (idempotent by externalRef) for modules that observe results (a won deal).
 */
export { getPartnerBenefits, ingestMetrics, type PartnerBenefits } from './service.js';
