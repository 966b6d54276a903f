export { programRoutes } from './routes.js';
export { getProgram, type ProgramRow, toProgram } from './service.js';
