// readOnly: an option with exactly one definition is fine, whether that
// definition is the option's default or a single module's value; readers
// see it as usual.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    ({ config }) => ({
      _file: "decl.nix",
      options: {
        version: mkOption({
          type: types.str,
          default: "1.0",
          readOnly: true,
        }),
        stateVersion: mkOption({
          type: types.str,
          readOnly: true,
        }),
        banner: mkOption({
          type: types.str,
          get default() {
            return `v${config.version} (state ${config.stateVersion})`;
          },
        }),
      },
    }),
    {
      _file: "user.nix",
      stateVersion: "24.05",
    },
  ];
});
