export { type LineItemInput, type ResolvedLineItem, resolveLineItems } from './line-items.js';
export { currencyCodes, isCurrency, majorToMinor, minorDigits, zCurrencyCode } from './money.js';
export { catalogRoutes } from './routes.js';
export { productLineSummaries, productLinesByCode } from './service.js';
