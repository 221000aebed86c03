import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: { "bare-submodule": { deep: lib.mkOption({ type: lib.types.int, default: 2 }) } },
});
