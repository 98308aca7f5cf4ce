// npm run bench: simulator speed, the progress import, then the production web app and the grading endpoint on loopback.
import { runGradingBench } from "./bench/grading";
import { runImportBench } from "./bench/import";
import { runSimBench } from "./bench/sim";
import { runStudyLoadBench } from "./bench/study-load";
import { runWebBench } from "./bench/web";
import { startTestServer } from "./lib/test-server";

await runSimBench();
await runImportBench();
const server = await startTestServer();
try {
  await runWebBench(server.baseUrl);
  await runGradingBench(server.baseUrl);
  await runStudyLoadBench(server.baseUrl, server.databaseUrl);
} finally {
  await server.stop();
}
