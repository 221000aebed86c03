/** Issue 12: hostile values on firecracker (see suite.ts). */
import { hostileValuesSuite } from "./suite.js";

hostileValuesSuite("firecracker");
