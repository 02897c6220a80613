// Stands in for the "server-only" package in scripts (see server-only-shim.cjs).
