import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config, lib, options }: ModuleArgs) => ({
  options: {
    theOption: lib.mkOption({ type: lib.types.optionDeclaration }),
    get anOption() {
      return config.theOption;
    },
    aBadOptionDef: lib.mkOption({
      type: lib.types.optionDeclaration,
      description: "This option is perfectly fine, but will have a bad definition.\n",
    }),
  },
  config: {
    theOption: lib.mkOption({ type: lib.types.int }),
    anOption: 10,
    get aBadOptionDef() {
      return options.theOption; // Not a declaration
    },
  },
});
