import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    // unlikely mistake, but we can catch any attrset with _type
    result: lib.evalModules({ modules: [] }),
  },
});
