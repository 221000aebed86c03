import type { ModuleArgs } from "../../../lib/index.js";
import { nixEqual } from "../nix-equal.js";

export default ({ config }: ModuleArgs) => ({
  class: { just: "data" },
  a: "one",
  b: "two",
  meta: "meta",
  _module: {
    args: {
      get result() {
        const { _module, ...r } = config;
        return nixEqual(r, { a: "one", b: "two", class: { just: "data" }, meta: "meta" });
      },
    },
  },
});
