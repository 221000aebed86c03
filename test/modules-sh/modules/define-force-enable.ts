import type { ModuleArgs } from "../../../lib/index.js";

export default ({ lib }: ModuleArgs) => lib.mkForce({ enable: false });
