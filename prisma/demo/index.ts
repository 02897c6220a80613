import type { AreaSeeder } from "./context";
import { seedComplaints } from "./complaints";

// Demo data of each product area, seeded in this order after the people, plans, lines and
// requests of prisma/seed.ts. Each area keeps its data in its own file here.
export const AREA_SEEDERS: AreaSeeder[] = [
  seedComplaints,
];
