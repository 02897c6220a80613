import type { AreaSeeder } from "./context";
import { seedComplaints } from "./complaints";
import { seedHelp } from "./help";
import { seedPlansArea } from "./plans";
import { seedPrivacy } from "./privacy";
import { seedTermination } from "./termination";
import { seedWork } from "./work";

// Demo data of each product area, seeded in this order after the people, plans, lines and
// requests of prisma/seed.ts. Each area keeps its data in its own file here.
export const AREA_SEEDERS: AreaSeeder[] = [seedPlansArea, seedComplaints, seedPrivacy, seedHelp, seedTermination, seedWork];
