import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: { bad: lib.mkOption({ type: lib.types.nonEmptyListOf(lib.types.submodule({})), default: [] }) },
});
