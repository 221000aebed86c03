import type { ModuleArgs, OptionType } from "../../../lib/index.js";
import { pendingApi } from "../pending-api.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    opt: lib.mkOption({
      // a bare type where attrTag wants an option: the error under test
      get type() {
        return pendingApi<(t: unknown) => OptionType>(lib, "types.attrTag")({ int: lib.types.int });
      },
      default: { int: 1 },
    }),
  },
});
