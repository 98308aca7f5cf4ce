// npm start: build when the sources changed, migrate, validate content, then serve production.
import { buildIsCurrent, recordBuild } from "./lib/build-stamp";
import { nextBin, prismaBin, run, serve } from "./lib/run";
import { listenAddress, prepareServerEnv, urlFor } from "./lib/server-env";

const { host, port } = listenAddress();
const env = await prepareServerEnv();
if (!buildIsCurrent()) {
  // The Prisma client is generated from prisma/schema.prisma, which may have changed since install.
  await run(process.execPath, [prismaBin, "generate"], env);
  console.log("Building the production bundle (next build)...");
  await run(process.execPath, [nextBin, "build"], env);
  recordBuild();
}
serve(process.execPath, [nextBin, "start", "-H", host, "-p", String(port)], env, () =>
  console.log(`\nConcurrency Lab is running at ${urlFor(host, port)}\n`),
);
