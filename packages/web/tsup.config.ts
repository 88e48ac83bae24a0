import { definePackageBuild } from '../../tsup.base.ts';

export default definePackageBuild({ index: 'src/index.ts', testing: 'src/testing/index.ts' });
