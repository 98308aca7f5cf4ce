#!/usr/bin/env bash
# npm test: lint, type check, unit and integration tests, then browser tests against a production
# build in headless Chromium. Every step must pass; nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n== %s\n' "$1"; }

step "Prisma client and route types"
npx prisma generate >/dev/null
npx next typegen >/dev/null

step "Lint (eslint)"
npm run -s lint

step "Type check (tsc)"
npm run -s typecheck

step "Unit and integration tests (vitest)"
npx vitest run

step "Browser tests (production build, headless Chromium)"
bash scripts/test-browser.sh
