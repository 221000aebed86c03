import type { ModuleArgs } from "../../../lib/index.js";

export default ({ _class }: ModuleArgs) => {
  // Nix: assert _class == "nixos";
  if (_class !== "nixos") throw new Error('assertion (_class == "nixos") failed');
  return {};
};
