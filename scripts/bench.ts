// npm run bench: simulator speed, then the production web app and the grading endpoint on loopback.
import { runGradingBench } from "./bench/grading";
import { runSimBench } from "./bench/sim";
import { runStudyLoadBench } from "./bench/study-load";
import { runWebBench } from "./bench/web";
import { startTestServer } from "./lib/test-server";

await runSimBench();
const server = await startTestServer();
try {
  await runWebBench(server.baseUrl);
  await runGradingBench(server.baseUrl);
  await runStudyLoadBench(server.baseUrl, server.databaseUrl);
} finally {
  await server.stop();
}
