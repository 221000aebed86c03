/**
 * Mistakes the types catch in a module with options of its own: `backup.kep`
 * is not an option, and `backup.paths` is a list of strings. `tsc` rejects
 * this file at both (test/cli/define-module-types.test.ts).
 */
import { lib } from "../lib/index.js";
import { defineModule } from "../src/define-module.js";

const { mkOption, types } = lib;

const options = {
  backup: {
    keep: mkOption({ type: types.ints.positive, default: 7 }),
    paths: mkOption({ type: types.listOf(types.str), default: [] }),
  },
};

export default defineModule(options, () => ({
  backup: { kep: 3 },
}));

export const wrongType = defineModule(options, () => ({
  backup: { paths: "/var/lib" },
}));
