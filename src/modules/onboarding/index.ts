export { completeCourseTask, startOnboarding } from './checklist.js';
export { registerUploadParsers } from './documents.js';
export { sendDueOnboardingReminders } from './reminders.js';
export { onboardingRoutes } from './routes.js';
