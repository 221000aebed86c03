import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  wrong1: lib.mkOption({}),
  nest: { wrong2: lib.mkOption({}) },
});
