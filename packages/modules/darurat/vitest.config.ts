import { definePackageTests } from '../../../vitest.shared.ts';

export default definePackageTests('@gerbang/module-darurat');
