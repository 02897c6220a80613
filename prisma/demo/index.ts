import type { AreaSeeder } from "./context";
import { seedChurn } from "./churn";
import { seedCommitments } from "./commitments";
import { seedComplaints } from "./complaints";
import { seedHelp } from "./help";
import { seedImprovements } from "./improvements";
import { seedIncidents } from "./incidents";
import { seedOutcomes } from "./outcomes";
import { seedPlansArea } from "./plans";
import { seedPrivacy } from "./privacy";
import { seedRemedies } from "./remedies";
import { seedReports } from "./reports";
import { seedSla } from "./sla";
import { seedSurveys } from "./surveys";
import { seedTermination } from "./termination";
import { seedWork } from "./work";

// Demo data of each product area, seeded in this order after the people, plans, lines and
// requests of prisma/seed.ts. Each area keeps its data in its own file here. The SLA policies come
// last: they link every request seeded before them (the incidents' linked fault report too) to
// the version it was made under; then the published commitments (their figures are computed from
// all of the above, never seeded), the remedies for the demo's broken promises, last quarter's
// CSI survey wave and its answers, six months of counter customers' history for the reports, the
// improvement projects (their baselines and checks are computed from the requests above), the
// published service-outcome pages, and last the churn scores, computed by the scoring job from everything before them.
export const AREA_SEEDERS: AreaSeeder[] = [
  seedPlansArea,
  seedComplaints,
  seedPrivacy,
  seedHelp,
  seedTermination,
  seedWork,
  seedIncidents,
  seedSla,
  seedCommitments,
  seedRemedies,
  seedSurveys,
  seedReports,
  seedImprovements,
  seedOutcomes,
  seedChurn,
];
