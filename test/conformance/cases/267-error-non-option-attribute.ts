// oracle: error
// A definition for an attribute of an option set (a plain attribute set of
// options) that is not one of its options: "does not exist", with the
// set's options as suggestions.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        networking: {
          hostName: mkOption({
            type: types.str,
            default: "nixos",
          }),
          firewall: {
            enable: mkOption({
              type: types.bool,
              default: true,
            }),
          },
        },
      },
    },
    {
      _file: "user.nix",
      networking: { hostname: "box" },
    },
  ];
});
