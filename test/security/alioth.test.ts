/** Issue 12: hostile values on alioth (see suite.ts). */
import { hostileValuesSuite } from "./suite.js";

hostileValuesSuite("alioth");
