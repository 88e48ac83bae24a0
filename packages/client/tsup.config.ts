import { definePackageBuild } from '../../tsup.base.ts';

export default definePackageBuild({ index: 'src/index.ts', node: 'src/node/index.ts' });
