export { toVendorOpportunity, type VendorOpportunityRow } from './opportunities.js';
export { pipelineRoutes, registerCsvImportParser } from './routes.js';
