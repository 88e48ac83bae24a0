import { definePackageBuild } from '../../../tsup.base.ts';

// `module` is the lazily loaded implementation: a named entry, so that its chunk has a stable name
// (`dist/module.js`) for the size budget.
export default definePackageBuild({ index: 'src/index.ts', module: 'src/module.tsx' });
