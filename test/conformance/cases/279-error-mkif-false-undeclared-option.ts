// oracle: error
// A false mkIf does not hide a definition of an undeclared option: the
// definition's path is known without evaluating the condition, so it is
// still reported as "does not exist" (the shown value is the mkIf itself).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    options: {
      firewall: {
        enable: lib.mkOption({
          type: lib.types.bool,
          default: false,
        }),
      },
    },
  },
  {
    _file: "web.nix",
    monitoring: { targets: lib.mkIf(false, ["web"]) },
  },
]);
