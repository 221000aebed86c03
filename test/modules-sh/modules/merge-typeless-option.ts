import type { ModuleArgs } from "../../../lib/index.js";

const typeless = ({ lib }: ModuleArgs) => ({
  options: { group: lib.mkOption({}) },
});
const childOfTypeless = ({ lib }: ModuleArgs) => ({
  options: { group: { enable: lib.mkEnableOption("nothing") } },
});

export default {
  imports: [typeless, childOfTypeless],
  config: { group: { enable: false } },
};
