import type { ModuleArgs } from "../../../lib/index.js";

export default ({ config }: ModuleArgs) => ({
  settingsDict: {
    get a() {
      return config.settingsDict.b;
    },
  },
});
