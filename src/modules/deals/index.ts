export { checkConflicts, lockAndCheck } from './conflicts/check.js';
export { customerMatchColumns } from './conflicts/keys.js';
export { mailPartner, mailUsers } from './notify.js';
export { dealRoutes } from './routes.js';
export { DealRules, defaultDealRules, readDealRules } from './rules.js';
export { dealScope, getDealRow, toDeal, viewDeal, viewDeals } from './service/read.js';
export { actorName, addActivity, type DealRow, moveDeal } from './transition.js';
