export { registerDealFileParsers } from './files.js';
export { cosellRoutes } from './routes.js';
export type { TouchpointKind } from './schemas.js';
export { recordTouchpoint } from './touchpoints.js';
