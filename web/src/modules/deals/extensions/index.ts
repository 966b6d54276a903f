export { ExtensionRequestButton } from './ExtensionRequestButton';
export { ExtensionStatusBadge, ExtensionsPage } from './ExtensionsPage';
export { extensionNav } from './nav';
export { extensionRoutes } from './routes';
