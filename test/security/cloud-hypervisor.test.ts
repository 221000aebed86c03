/** Issue 12: hostile values on cloud-hypervisor (see suite.ts). */
import { hostileValuesSuite } from "./suite.js";

hostileValuesSuite("cloud-hypervisor");
