import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    sub: lib.mkOption({ type: lib.types.submodule({ wrong2: lib.mkOption({}) }), default: {} }),
  },
});
