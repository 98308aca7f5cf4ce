#!/usr/bin/env bash
# Browser tests against a production build in headless Chromium (found or installed first).
# Extra arguments go to vitest, e.g. a single file: npm run test:browser -- tests/browser/shell.browser.test.ts
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
npx vitest run -c vitest.browser.config.ts "$@"
