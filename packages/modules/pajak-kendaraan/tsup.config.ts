import { definePackageBuild } from '../../../tsup.base.ts';

// `module` is the lazy implementation: an entry of its own, so that it keeps a stable file name
// (`dist/module.js`) that the size budget can measure.
export default definePackageBuild({ index: 'src/index.ts', module: 'src/module.tsx' });
