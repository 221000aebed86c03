// Test that attrListOf does not support type merging:
// two declarations of the same option should fail.
import type { ModuleArgs, OptionType } from "../../../lib/index.js";
import { pendingApi } from "../pending-api.js";

export default ({ lib }: ModuleArgs) => {
  const { mkOption, types } = lib;
  const attrListOf = (t: OptionType) => pendingApi<(t: OptionType) => OptionType>(lib, "types.attrListOf")(t);
  return {
    imports: [
      {
        options: {
          merged: mkOption({
            get type() {
              return attrListOf(types.str);
            },
          }),
        },
      },
      {
        options: {
          merged: mkOption({
            get type() {
              return attrListOf(types.str);
            },
          }),
        },
      },
    ],
  };
};
