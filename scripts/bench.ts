// npm run bench: simulator speed, then the production web app measured on loopback.
import { runSimBench } from "./bench/sim";
import { runWebBench } from "./bench/web";
import { startTestServer } from "./lib/test-server";

await runSimBench();
const server = await startTestServer();
try {
  await runWebBench(server.baseUrl);
} finally {
  await server.stop();
}
