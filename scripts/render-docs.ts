import { writeFileSync } from 'node:fs';
import { allRoutes } from '../src/modules/index.js';
import { renderPermissionsDoc } from '../src/platform/access/render-permissions.js';
import { renderErrorsDoc } from '../src/platform/errors/render-errors.js';

// Documents generated from code; a test fails when the committed files differ.
writeFileSync('docs/permissions.md', renderPermissionsDoc(allRoutes));
writeFileSync('docs/errors.md', renderErrorsDoc());
console.log('wrote docs/permissions.md and docs/errors.md');
