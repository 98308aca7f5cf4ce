import autocannon from "autocannon";
import { gzipSync } from "node:zlib";

/**
 * Sum of the gzip sizes of the scripts a first visit to `path` makes a modern browser download.
 * `noModule` scripts (legacy polyfills) are skipped: browsers that run modules never fetch them.
 */
export async function firstLoadJsGzipKB(baseUrl: string, path: string): Promise<{ kb: number; files: number }> {
  const res = await fetch(new URL(path, baseUrl), { headers: { "accept-language": "en" } });
  const html = await res.text();
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const sources = [...new Set(tags.map((tag) => /src="([^"]+)"/.exec(tag)?.[1]).filter((s): s is string => !!s))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { kb: bytes / 1024, files: sources.length };
}

export async function latencyUnderLoad(url: string, connections: number, seconds: number) {
  const result = await autocannon({ url, connections, duration: seconds, headers: { "accept-language": "en" } });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export async function runWebBench(baseUrl: string): Promise<void> {
  console.log("\n## Web (production build on 127.0.0.1)");
  const js = await firstLoadJsGzipKB(baseUrl, "/");
  console.log(`first-load JS for / (redirects to /en): ${js.kb.toFixed(1)} KB gzip in ${js.files} files (target < 120 KB)`);
  await latencyUnderLoad(`${baseUrl}/en`, 10, 2); // warm-up
  const load = await latencyUnderLoad(`${baseUrl}/en`, 50, 10);
  console.log(
    `/en under 50 concurrent connections for 10 s: p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.rps.toFixed(0)} req/s, ${load.requests} requests, ${load.errors} errors (target p99 < 50 ms)`,
  );
}
