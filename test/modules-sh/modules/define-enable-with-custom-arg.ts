import type { ModuleArgs } from "../../../lib/index.js";

// `custom` is a `_module.args` entry: read lazily, when `enable` is
export default (args: ModuleArgs) => ({
  config: {
    get enable(): unknown {
      return args.custom;
    },
  },
});
