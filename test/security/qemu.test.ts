/** Issue 12: hostile values on qemu (see suite.ts). */
import { hostileValuesSuite } from "./suite.js";

hostileValuesSuite("qemu");
