/** Issue 12: hostile values on kvmtool (see suite.ts). */
import { hostileValuesSuite } from "./suite.js";

hostileValuesSuite("kvmtool");
