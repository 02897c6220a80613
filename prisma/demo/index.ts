import type { AreaSeeder } from "./context";
import { seedComplaints } from "./complaints";
import { seedHelp } from "./help";
import { seedIncidents } from "./incidents";
import { seedPlansArea } from "./plans";
import { seedPrivacy } from "./privacy";
import { seedSla } from "./sla";
import { seedTermination } from "./termination";
import { seedWork } from "./work";

// Demo data of each product area, seeded in this order after the people, plans, lines and
// requests of prisma/seed.ts. Each area keeps its data in its own file here. The SLA policies come
// last: they link every request seeded before them to the version it was made under (the incidents'
// linked fault report too).
export const AREA_SEEDERS: AreaSeeder[] = [seedPlansArea, seedComplaints, seedPrivacy, seedHelp, seedTermination, seedWork, seedIncidents, seedSla];
