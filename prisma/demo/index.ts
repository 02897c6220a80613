import type { AreaSeeder } from "./context";
import { seedComplaints } from "./complaints";
import { seedHelp } from "./help";
import { seedPlansArea } from "./plans";
import { seedPrivacy } from "./privacy";
import { seedRemedies } from "./remedies";
import { seedSla } from "./sla";
import { seedTermination } from "./termination";
import { seedWork } from "./work";

// Demo data of each product area, seeded in this order after the people, plans, lines and
// requests of prisma/seed.ts. Each area keeps its data in its own file here. The SLA policies come
// last: they link every request seeded before them to the version it was made under. Remedies come
// after them, for the demo's broken promises.
export const AREA_SEEDERS: AreaSeeder[] = [seedPlansArea, seedComplaints, seedPrivacy, seedHelp, seedTermination, seedWork, seedSla, seedRemedies];
