/** Issue 12: hostile values on stratovirt (see suite.ts). */
import { hostileValuesSuite } from "./suite.js";

hostileValuesSuite("stratovirt");
