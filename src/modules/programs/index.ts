export { programRoutes } from './routes.js';
export { getProgram, type ProgramRow, programDealRules, toProgram } from './service.js';
