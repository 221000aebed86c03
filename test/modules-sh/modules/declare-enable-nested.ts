import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    set: {
      enable: lib.mkOption({
        default: false,
        example: true,
        type: lib.types.bool,
        description: "Some descriptive text\n",
      }),
    },
  },
});
