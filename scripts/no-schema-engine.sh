#!/bin/sh
echo "The native Prisma schema engine is not used in this project: run 'npm run db:migrate' (scripts/migrate.ts) instead." >&2
exit 1
