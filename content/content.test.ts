/**
 * The content test: every learner-facing string in content/ (lessons, glossary, and whatever JSON
 * exists in content/cards and content/questions) has both languages, every id is unique, every
 * {fact:..}, [[term:..]] and [[lesson:..]] resolves, and no number appears outside {fact:..}.
 * Every fact quotes its reference section, checked against ../shared/reference/lambda-behaviour.md
 * when that file is present.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { facts, factIds, factValue, type Fact, type FactId } from "@/lib/content/facts";
import { getGlossary } from "@/lib/content/glossary";
import { getLessons, figureIds } from "@/lib/content/lessons";
import { buildInlineContext } from "@/lib/content/context";
import { validateInline, parseInline, walkInline } from "@/lib/content/inline";
import { findBareNumbersBilingual, findSpelledOutKoreanNumbers } from "@/lib/content/numbers";
import { collectBilingual } from "@/lib/content/walk";
import { formatPath } from "@/lib/content/errors";
import { findReferencePath } from "@/lib/content/reference-path";

const root = path.resolve(import.meta.dirname, "..");
const referencePath = findReferencePath(root);

function jsonFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFilesUnder(full));
    else if (entry.name.endsWith(".json")) out.push(full);
  }
  return out.sort();
}

interface Source {
  name: string;
  json: unknown;
}

const lessons = getLessons();
const glossary = getGlossary();
const ctx = buildInlineContext(lessons);

const sources: Source[] = [
  ...[path.join(root, "content/glossary.json"), ...jsonFilesUnder(path.join(root, "content/lessons"))].map((f) => ({ name: path.relative(root, f), json: JSON.parse(fs.readFileSync(f, "utf8")) })),
];
const foreignDirs = ["content/cards", "content/questions"];
const foreign: Source[] = foreignDirs.flatMap((dir) =>
  jsonFilesUnder(path.join(root, dir)).map((f) => ({ name: path.relative(root, f), json: JSON.parse(fs.readFileSync(f, "utf8")) as unknown })),
);
const everything = [...sources, ...foreign];

function strings(source: Source) {
  return collectBilingual(source.json).flatMap((found) =>
    (["en", "ko"] as const).map((locale) => ({ where: `${source.name} ${formatPath(found.path)}.${locale}`, text: found.text[locale], found })),
  );
}

describe("every content string", () => {
  it("exists in both languages, as a plain {en, ko} object", () => {
    const problems: string[] = [];
    for (const source of everything) {
      for (const found of collectBilingual(source.json)) {
        const where = `${source.name} ${formatPath(found.path)}`;
        if (found.incomplete) problems.push(`${where}: needs non-empty "en" and "ko"`);
        if (found.extraKeys.length) problems.push(`${where}: unexpected keys ${found.extraKeys.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has sound markup and every fact, glossary term and lesson link resolves", () => {
    const problems = everything.flatMap((source) =>
      strings(source).flatMap(({ where, text }) => validateInline(text, ctx).map((p) => `${where}: ${p}`)),
    );
    expect(problems).toEqual([]);
  });

  it("spells no number itself: numbers come from content/facts.json via {fact:id} (Korean digits mirror English words)", () => {
    const problems = everything.flatMap((source) =>
      collectBilingual(source.json).flatMap((found) => {
        const bare = findBareNumbersBilingual(found.text);
        return (["en", "ko"] as const).flatMap((locale) =>
          bare[locale].length ? [`${source.name} ${formatPath(found.path)}.${locale}: bare number(s) ${bare[locale].join(" ")} — use {fact:...}`] : [],
        );
      }),
    );
    expect(problems).toEqual([]);
  });

  it("writes Korean quantities in digits, not forced Sino-Korean readings (일 초, 시월)", () => {
    const problems = everything.flatMap((source) =>
      strings(source).flatMap(({ where, text }) => {
        if (!where.endsWith(".ko")) return [];
        const found = findSpelledOutKoreanNumbers(text);
        return found.length ? [`${where}: ${found.join(", ")}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("keeps the same references in English and Korean (a fact or link is not lost in translation)", () => {
    const problems: string[] = [];
    for (const source of everything) {
      for (const found of collectBilingual(source.json)) {
        const refs = (text: string) => {
          const out: string[] = [];
          walkInline(parseInline(text), (t) => {
            if (t.type === "fact") out.push(`fact:${t.id}${t.conversion ? `|${t.conversion}` : ""}`);
            if (t.type === "lesson") out.push(`lesson:${t.lessonId}#${t.sectionId ?? ""}`);
          });
          return out.sort();
        };
        const en = refs(found.text.en);
        const ko = refs(found.text.ko);
        if (en.join() !== ko.join()) problems.push(`${source.name} ${formatPath(found.path)}: en has [${en.join(", ")}], ko has [${ko.join(", ")}]`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("ids", () => {
  it("are unique across glossary entries, lessons, sections, checks and exercises", () => {
    const dupes = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes(glossary.map((g) => g.id))).toEqual([]);
    expect(dupes(lessons.map((l) => l.id))).toEqual([]);
    expect(dupes(lessons.map((l) => String(l.order)))).toEqual([]);
    for (const lesson of lessons) {
      expect(dupes(lesson.sections.map((s) => s.id)), lesson.id).toEqual([]);
      expect(dupes(lesson.sections.flatMap((s) => s.check?.map((q) => q.id) ?? [])), lesson.id).toEqual([]);
    }
  });

  it("of cards and questions are unique within their folder (items of a top-level array or of an array property)", () => {
    for (const dir of foreignDirs) {
      const ids: string[] = [];
      for (const source of foreign.filter((s) => s.name.startsWith(dir))) {
        const json = source.json;
        const lists = Array.isArray(json)
          ? [json]
          : json && typeof json === "object"
            ? Object.values(json).filter((v): v is unknown[] => Array.isArray(v))
            : [];
        for (const list of lists)
          for (const item of list)
            if (item && typeof item === "object" && typeof (item as { id?: unknown }).id === "string") ids.push((item as { id: string }).id);
      }
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), dir).toEqual([]);
    }
  });
});

// ---- facts against the reference ----

function referenceSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | undefined;
  for (const line of markdown.split("\n")) {
    const numbered = /^(\d{1,2}\.\d{1,2})\s+(.*)$/.exec(line);
    if (numbered) {
      current = numbered[1]!;
      sections.set(current, numbered[2]!);
    } else if (/^## Modelling choices/.test(line)) {
      current = "M";
      sections.set(current, "");
    } else if (/^#/.test(line)) {
      current = undefined;
    } else if (current) {
      sections.set(current, `${sections.get(current)} ${line.trim()}`);
    }
  }
  for (const [k, v] of sections) sections.set(k, v.replace(/\s+/g, " ").trim());
  return sections;
}

/** How a fact's value may be written in the reference. */
function renderings(fact: Fact): string[] {
  if (typeof fact.value === "string") {
    const d = new Date(`${fact.value}T00:00:00Z`);
    const month = d.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
    return [`${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`];
  }
  const v = fact.value;
  const forms = new Set([String(v), v.toLocaleString("en-US")]);
  const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  if (Number.isInteger(v) && v >= 0 && v <= 10) forms.add(words[v]!);
  if (fact.unit === "ratio") forms.add(v.toFixed(1));
  if (fact.unit === "statusClass") forms.add(`${v}xx`);
  if (fact.unit === "seconds") {
    if (v % 60 === 0) forms.add(`${v / 60} minute`);
    if (v % 3600 === 0) forms.add(`${v / 3600} hour`);
  }
  return [...forms];
}

function containsValue(quote: string, fact: Fact): boolean {
  return renderings(fact).some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\d.,])${escaped}(?![\\d,]|\\.\\d)`).test(quote);
  });
}

describe("facts", () => {
  it("each rule, history and model fact quotes a passage that contains its value", () => {
    const problems = factIds.flatMap((id) => {
      const fact = facts[id];
      if (fact.kind === "example" || fact.retired) return [];
      return fact.quote && containsValue(fact.quote, fact) ? [] : [`${id}: quote "${fact.quote}" does not show ${String(fact.value)}`];
    });
    expect(problems).toEqual([]);
  });

  it("each quote appears verbatim in its section of lambda-behaviour.md", () => {
    const sections = referenceSections(fs.readFileSync(referencePath, "utf8"));
    const problems = factIds.flatMap((id) => {
      const fact = facts[id];
      const section = sections.get(fact.ref);
      if (fact.retired) return [];
      if (!section) return [`${id}: reference section ${fact.ref} not found`];
      if (fact.quote && !section.includes(fact.quote.replace(/\s+/g, " "))) return [`${id}: quote not found in section ${fact.ref}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it("worked examples are arithmetically consistent", () => {
    const v = (id: FactId) => factValue(id);
    // Little's law (7.1): concurrency = requests per second x average duration in seconds
    expect(v("exampleRps") * v("exampleDurationSeconds")).toBe(v("exampleConcurrency"));
    // Request-rate limit (1.5): 10 x the concurrency limit
    expect(v("requestRateMultiplier") * v("exampleReservedConcurrency")).toBe(v("exampleRateLimitRps"));
    expect((v("exampleShortRps") * v("exampleShortDurationMs")) / 1000).toBe(v("exampleShortConcurrency"));
    expect(v("exampleShortConcurrency")).toBeLessThan(v("exampleReservedConcurrency"));
    expect(v("exampleShortRps") - v("exampleRateLimitRps")).toBe(v("exampleRateThrottledRps"));
    // Unreserved minimum (1.2): at most quota - 100 may be reserved
    expect(v("accountConcurrencyDefault") - v("unreservedMinimum")).toBe(v("exampleMaxReservable"));
    // Scaling rate (2.1): a short function's cold jump needs few environments but many requests per second
    expect((v("exampleJumpRps") * v("exampleJumpDurationMs")) / 1000).toBe(v("exampleJumpEnvironments"));
    expect(v("exampleJumpEnvironments")).toBeLessThanOrEqual(v("scalingEnvironmentsPer10s"));
    expect(v("exampleJumpRps")).toBeGreaterThan(v("scalingRpsPer10s"));
    // the old burst range is a range
    expect(v("oldBurstMin")).toBeLessThan(v("oldBurstMax"));
  });

  it("retired facts (no longer in the reference) appear only in content another branch owns", () => {
    const retired = new Set<string>(factIds.filter((id) => facts[id].retired));
    const problems = sources.flatMap((source) =>
      strings(source).flatMap(({ where, text }) => {
        const found: string[] = [];
        walkInline(parseInline(text), (t) => t.type === "fact" && retired.has(t.id) && found.push(t.id));
        return found.map((id) => `${where}: uses retired fact ${id}`);
      }),
    );
    const cardProblems = foreign
      .filter((s) => s.name.startsWith("content/cards"))
      .flatMap((source) => strings(source).filter(({ text }) => [...retired].some((id) => text.includes(`{fact:${id}`))).map(({ where }) => where));
    expect([...problems, ...cardProblems]).toEqual([]);
  });

  it("every fact is used somewhere in content (no dead numbers)", () => {
    const used = new Set<string>();
    for (const source of everything)
      for (const { text } of strings(source)) walkInline(parseInline(text), (t) => t.type === "fact" && used.add(t.id));
    // Facts may be used by cards/questions instead of lessons; report only when lessons exist.
    if (lessons.length === 0) return;
    expect(factIds.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe("glossary", () => {
  it("names terms without links (a term name is shown inside links)", () => {
    const linked = glossary.filter((g) =>
      (["en", "ko"] as const).some((l) => parseInline(g.term[l]).some((t) => t.type === "term" || t.type === "lesson")),
    );
    expect(linked.map((g) => g.id)).toEqual([]);
  });

  it("keeps the AWS term in English beside the Korean", () => {
    // Korean terms either are the English name itself or carry it in parentheses.
    const missing = glossary.filter((g) => /[가-힣]/.test(g.term.ko) && !/[A-Za-z$]/.test(g.term.ko));
    expect(missing.map((g) => g.id)).toEqual([]);
  });

  it("has every entry linked from at least one lesson", () => {
    if (lessons.length === 0) return;
    const linked = new Set<string>();
    for (const source of sources.filter((s) => s.name.startsWith("content/lessons/")))
      for (const { text } of strings(source)) walkInline(parseInline(text), (t) => t.type === "term" && linked.add(t.id));
    expect(glossary.filter((g) => !linked.has(g.id)).map((g) => g.id)).toEqual([]);
  });
});

describe("lessons", () => {
  it("use every seed diagram as a figure", () => {
    if (lessons.length === 0) return;
    const used = new Set(lessons.flatMap((l) => l.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === "figure" ? [b.figureId] : [])))));
    expect(figureIds.filter((id) => !used.has(id))).toEqual([]);
  });

  it("give lesson 1 the rewards the seed promises", () => {
    const first = lessons.find((l) => l.order === 1);
    expect(first?.rewards.exp).toBe(90);
    expect(first?.rewards.perfectBonus).toBe(3);
    expect(first?.rewards.title.en).toBe("Concurrency Controller");
  });

  it("cover every topic of both seed notes and the operations topics of issue 11 (the maps below say where)", () => {
    const problems = [...seedCoverage, ...operationsCoverage].flatMap(({ seed, topic, at }) =>
      at.flatMap((where) => {
        const [lessonId, sectionId] = where.split("#");
        const lesson = lessons.find((l) => l.id === lessonId);
        if (!lesson) return [`${seed} "${topic}": no lesson ${lessonId}`];
        if (sectionId && !lesson.sections.some((s) => s.id === sectionId)) return [`${seed} "${topic}": no section ${where}`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("mark dated rules as history and undocumented behaviour as assumptions, with reference sections", () => {
    const callouts = lessons.flatMap((l) => l.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === "callout" ? [b] : []))));
    const historyRefs = new Set(callouts.filter((c) => c.kind === "history").flatMap((c) => c.refs ?? []));
    // the three dated rules the seeds and the reference name: old burst scaling, the VPC cold-start penalty, the 256 KB payload
    expect([...historyRefs].sort()).toEqual(expect.arrayContaining(["2.2", "4.7", "6.4"]));
    expect(callouts.filter((c) => c.kind === "assumption").every((c) => c.refs?.includes("M"))).toBe(true);
  });
});

// ---- simulator widgets and exercises against lib/sim/examples ----

const examplesDir = path.join(root, "lib/sim/examples");

function resolvePointer(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const key of pointer.split("/").slice(1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function setPointer(doc: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const keys = pointer.split("/").slice(1);
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
  return copy;
}

const widgets = lessons.flatMap((l) =>
  l.sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.type === "simulator" || b.type === "exercise" ? [{ where: `${l.id}#${s.id}`, block: b }] : [],
    ),
  ),
);

describe("simulator widgets", () => {
  it("open scenarios that exist in lib/sim/examples", () => {
    const missing = widgets.filter(({ block }) => !fs.existsSync(path.join(examplesDir, `${block.scenarioId}.json`)));
    expect(missing.map(({ where, block }) => `${where}: ${block.scenarioId}`)).toEqual([]);
  });

  it("watch only metrics the widget can show", async () => {
    const { isWatchableMetric } = await import("@/lib/sim-ui/key-figures");
    const unknown = widgets.flatMap(({ where, block }) =>
      block.type === "simulator" ? (block.watch ?? []).filter((m) => !isWatchableMetric(m)).map((m) => `${where}: ${m}`) : [],
    );
    expect(unknown).toEqual([]);
  });

  it("change a number that exists in the scenario, starting inside [min, max] on a step", () => {
    const problems: string[] = [];
    for (const { where, block } of widgets) {
      if (block.type !== "simulator") continue;
      const file = path.join(examplesDir, `${block.scenarioId}.json`);
      if (!fs.existsSync(file)) continue;
      const { path: pointer, min, max, step } = block.parameter;
      const value = resolvePointer(JSON.parse(fs.readFileSync(file, "utf8")), pointer);
      if (typeof value !== "number") {
        problems.push(`${where}: ${block.scenarioId}${pointer} is ${JSON.stringify(value)}, not a number`);
        continue;
      }
      if (value < min || value > max) problems.push(`${where}: ${block.scenarioId}${pointer} = ${value} is outside [${min}, ${max}]`);
      const steps = (value - min) / step;
      if (Math.abs(steps - Math.round(steps)) > 1e-9) problems.push(`${where}: ${block.scenarioId}${pointer} = ${value} is not on a step of ${step} from ${min}`);
    }
    expect(problems).toEqual([]);
  });

  it("give valid scenarios at both ends of the slider", async () => {
    const { validateScenario } = await import("@/lib/sim");
    const problems: string[] = [];
    for (const { where, block } of widgets) {
      if (block.type !== "simulator") continue;
      const file = path.join(examplesDir, `${block.scenarioId}.json`);
      if (!fs.existsSync(file)) continue;
      const scenario = JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
      for (const value of [block.parameter.min, block.parameter.max]) {
        const result = validateScenario(setPointer(scenario, block.parameter.path, value));
        if (!result.ok) problems.push(`${where}: ${block.parameter.path} = ${value}: ${result.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/**
 * Where each topic of the seed notes is taught. Seed 000 = Lambda concurrency and throttling (EN/KO);
 * seed 003 = versions, aliases, environment variables, concurrency, async, cold starts, EFS (KO).
 */
const seedCoverage: { seed: "000" | "003" | "ops"; topic: string; at: string[] }[] = [
  { seed: "000", topic: "invocations raise concurrency; Lambda scales quickly", at: ["concurrency-throttling#what-is-concurrency"] },
  { seed: "000", topic: "two vs 1000 concurrent executions; default limit", at: ["concurrency-throttling#what-is-concurrency", "concurrency-throttling#account-pool"] },
  { seed: "000", topic: "limit concurrency with reserved concurrency (example 50)", at: ["concurrency-throttling#reserved-concurrency"] },
  { seed: "000", topic: "sync throttle 429, async retry then DLQ", at: ["concurrency-throttling#throttling", "async-invocations#failure-handling"] },
  { seed: "000", topic: "more than 1000: support ticket", at: ["concurrency-throttling#account-pool"] },
  { seed: "000", topic: "impact of unrestricted concurrency: ALB / API Gateway / SDK-CLI promotion", at: ["concurrency-throttling#starvation"] },
  { seed: "000", topic: "S3 async invocations, internal queue, 6 h retries, 1 s to 5 min backoff", at: ["async-invocations#how-async-works", "async-invocations#throttles-and-system-errors"] },
  { seed: "000", topic: "cold starts: code load, init outside handler, user latency", at: ["cold-starts-provisioned-concurrency#cold-starts"] },
  { seed: "000", topic: "provisioned concurrency, Application Auto Scaling (schedule, target)", at: ["cold-starts-provisioned-concurrency#provisioned-concurrency", "cold-starts-provisioned-concurrency#auto-scaling"] },
  { seed: "000", topic: "VPC cold start improvements, late 2019", at: ["cold-starts-provisioned-concurrency#vpc-cold-starts"] },
  { seed: "000", topic: "diagrams of reserved and provisioned concurrency", at: ["cold-starts-provisioned-concurrency#reserved-vs-provisioned"] },
  { seed: "000", topic: "hands-on practice", at: ["concurrency-throttling#practice", "async-invocations#practice", "cold-starts-provisioned-concurrency#practice"] },
  { seed: "000", topic: "key takeaways and rewards", at: ["concurrency-throttling"] },
  { seed: "003", topic: "$LATEST, publishing versions, immutability, increasing numbers, ARN per version", at: ["versions-aliases-env-vars#versions"] },
  { seed: "003", topic: "aliases: pointer, dev/test/prod, mutable, own ARN, stable triggers, no alias to alias", at: ["versions-aliases-env-vars#aliases"] },
  { seed: "003", topic: "aliases with weights for canary deployments", at: ["versions-aliases-env-vars#weighted-aliases"] },
  { seed: "003", topic: "environment variables: strings, no code change, system variables, KMS, CMK", at: ["versions-aliases-env-vars#environment-variables"] },
  { seed: "003", topic: "concurrency & throttling, support ticket", at: ["concurrency-throttling#reserved-concurrency", "concurrency-throttling#throttling"] },
  { seed: "003", topic: "concurrency issue (ALB vs API Gateway and SDK/CLI)", at: ["concurrency-throttling#starvation"] },
  { seed: "003", topic: "asynchronous invocations: 429 and 5xx back to queue for 6 h, 1 s to 5 min", at: ["async-invocations#throttles-and-system-errors"] },
  { seed: "003", topic: "cold start & provisioned concurrency, Oct/Nov 2019 VPC", at: ["cold-starts-provisioned-concurrency#cold-starts", "cold-starts-provisioned-concurrency#provisioned-concurrency", "cold-starts-provisioned-concurrency#vpc-cold-starts"] },
  { seed: "003", topic: "reserved vs provisioned diagram and documentation link", at: ["cold-starts-provisioned-concurrency#reserved-vs-provisioned"] },
  { seed: "003", topic: "EFS mounting: VPC, init, access point, connection and burst limits", at: ["file-systems#efs-mounting", "file-systems#connection-limits"] },
  { seed: "003", topic: "storage options", at: ["file-systems#storage-options"] },
  { seed: "003", topic: "cross-account EFS: peering, permissions, file system policy, Principal = account A", at: ["file-systems#cross-account-efs"] },
];

/**
 * Where each operations topic of issue 11 (reference sections 11 and 12) is taught: the sixth lesson,
 * "Operating Lambda concurrency". "ops" marks the issue rather than a seed note.
 */
const operationsCoverage: { seed: "ops"; topic: string; at: string[] }[] = [
  { seed: "ops", topic: "ConcurrentExecutions, UnreservedConcurrentExecutions, ClaimedAccountConcurrency, Throttles", at: ["operating-lambda-concurrency#concurrency-metrics"] },
  { seed: "ops", topic: "alarms: ClaimedAccountConcurrency against the quota, Service Quotas alarms, throttles, spillover", at: ["operating-lambda-concurrency#alarms"] },
  { seed: "ops", topic: "measuring cold starts: Init Duration, X-Ray Initialization, Lambda Insights", at: ["operating-lambda-concurrency#measuring-cold-starts"] },
  { seed: "ops", topic: "SAM AutoPublishAlias and DeploymentPreference: canary/linear types, alarms, hooks", at: ["operating-lambda-concurrency#safe-deployments"] },
  { seed: "ops", topic: "provisioned concurrency on the alias during a deployment", at: ["operating-lambda-concurrency#pc-during-deployment"] },
  { seed: "ops", topic: "Application Auto Scaling: scalable target, resource ID, dimension, target tracking alarms, scheduled actions", at: ["operating-lambda-concurrency#auto-scaling-mechanics"] },
  { seed: "ops", topic: "SQS MaximumConcurrency vs reserved concurrency; partial batch responses; DLQ on the source queue", at: ["operating-lambda-concurrency#sqs-event-sources"] },
  { seed: "ops", topic: "stream error handling: retries, record age, bisect, on-failure destination", at: ["operating-lambda-concurrency#stream-error-handling"] },
  { seed: "ops", topic: "recursive loop detection", at: ["operating-lambda-concurrency#recursive-loops"] },
  { seed: "ops", topic: "SnapStart vs provisioned concurrency", at: ["operating-lambda-concurrency#snapstart-vs-pc"] },
  { seed: "ops", topic: "the scaling rule's requests-per-second half", at: ["concurrency-throttling#scaling-rate"] },
];
