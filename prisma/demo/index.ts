import type { AreaSeeder } from "./context";
import { seedCommitments } from "./commitments";
import { seedComplaints } from "./complaints";
import { seedHelp } from "./help";
import { seedIncidents } from "./incidents";
import { seedOutcomes } from "./outcomes";
import { seedPlansArea } from "./plans";
import { seedPrivacy } from "./privacy";
import { seedRemedies } from "./remedies";
import { seedSla } from "./sla";
import { seedTermination } from "./termination";
import { seedWork } from "./work";

// Demo data of each product area, seeded in this order after the people, plans, lines and
// requests of prisma/seed.ts. Each area keeps its data in its own file here. The SLA policies come
// last: they link every request seeded before them (the incidents' linked fault report too) to
// the version it was made under; then the published commitments (their figures are computed from
// all of the above, never seeded) and the remedies for the demo's broken promises; the outcome
// pages last (their project's figures count the complaints seeded above).
export const AREA_SEEDERS: AreaSeeder[] = [seedPlansArea, seedComplaints, seedPrivacy, seedHelp, seedTermination, seedWork, seedIncidents, seedSla, seedCommitments, seedRemedies, seedOutcomes];
