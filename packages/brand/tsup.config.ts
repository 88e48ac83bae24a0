import { definePackageBuild } from '../../tsup.base.ts';

export default definePackageBuild({ index: 'src/index.ts', 'node/cli': 'src/node/cli.ts' });
