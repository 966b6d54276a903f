export { registerApplicationEmbed } from './embed.js';
export { applicationRoutes } from './routes.js';
