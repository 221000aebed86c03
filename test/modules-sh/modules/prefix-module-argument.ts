import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => ({
  options: {
    foo: lib.mkOption({ type: lib.types.submodule({}), default: {} }),
  },
  config: {
    foo: ({ _prefix }: { _prefix: unknown }) => {
      // Nix: assert _prefix == [ "foo" ];
      if (JSON.stringify(_prefix) !== JSON.stringify(["foo"])) throw new Error("assertion (_prefix == [ \"foo\" ]) failed");
      return {
        options: { ok: lib.mkOption({}) },
        config: { ok: true },
      };
    },
  },
});
