import type { ModuleArgs } from "../../../lib/index.js";

// Nix's `options ? set.enable`
const hasSetEnable = (options: ModuleArgs["options"]): boolean =>
  "set" in options && options.set !== null && typeof options.set === "object" && "enable" in options.set;

export default ({ options }: ModuleArgs) => ({
  // Always defined, but the value depends on the presence of an option.
  config: {
    set: {
      value: hasSetEnable(options) ? 360 : 7,
      // Only define if possible.
      ...(hasSetEnable(options) ? { enable: true } : {}),
    },
  },
});
