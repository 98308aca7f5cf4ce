// npm run dev: the same database and content checks as npm start, with Next's dev server.
import { nextBin, serve } from "./lib/run";
import { listenAddress, prepareServerEnv, urlFor } from "./lib/server-env";

const { host, port } = listenAddress();
const env = await prepareServerEnv();
serve(process.execPath, [nextBin, "dev", "-H", host, "-p", String(port)], env, () =>
  console.log(`\nConcurrency Lab (dev) is running at ${urlFor(host, port)}\n`),
);
