export { tierRoutes } from './routes.js';
export { recomputeDueTiers } from './schedule.js';
/** The one call other modules use for tier benefits (discount, rebate, MDF, lead priority). */
export { getPartnerBenefits, type PartnerBenefits } from './service.js';
