import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  wrong1: lib.mkOption({}),
  // This is not actually reported separately, so could be omitted from the test
  // but it makes the example more realistic.
  nest: { wrong2: lib.mkOption({}) },
});
