/** Issue 12: hostile values on crosvm (see suite.ts). */
import { hostileValuesSuite } from "./suite.js";

hostileValuesSuite("crosvm");
