import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { namespaces } from "@/lib/i18n/messages";
import { exampleIds } from "@/lib/sim/examples";

const dir = path.join(process.cwd(), "messages");

function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  }
  return out;
}

const load = (locale: string, ns: string) => flatten(JSON.parse(readFileSync(path.join(dir, locale, `${ns}.json`), "utf8")));
// ICU arguments such as {count} must be the same in every language, or a value goes missing.
const argumentsOf = (text: string) => [...text.matchAll(/\{\s*([A-Za-z0-9_]+)/g)].map((m) => m[1]).sort();

describe("UI messages", () => {
  it("has exactly the declared namespaces in every locale", () => {
    for (const locale of locales) {
      const files = readdirSync(path.join(dir, locale)).map((f) => f.replace(/\.json$/, "")).sort();
      expect(files).toEqual([...namespaces].sort());
    }
  });

  it.each([...namespaces])("%s: every key exists in both languages with the same arguments, none empty", (ns) => {
    const reference = load(locales[0], ns);
    for (const locale of locales) {
      const messages = load(locale, ns);
      expect([...messages.keys()].sort(), `${locale}/${ns}.json keys`).toEqual([...reference.keys()].sort());
      for (const [key, text] of messages) {
        expect(text.trim(), `${locale}/${ns}.json ${key}`).not.toBe("");
        expect(argumentsOf(text), `${locale}/${ns}.json ${key} arguments`).toEqual(argumentsOf(reference.get(key) ?? ""));
      }
    }
  });

  it("every simulator example has a title and a summary in each language", () => {
    for (const locale of locales) {
      const messages = load(locale, "simulator");
      for (const id of exampleIds) {
        expect(messages.get(`examples.${id}.title`), `${locale} examples.${id}.title`).toBeTruthy();
        expect(messages.get(`examples.${id}.summary`), `${locale} examples.${id}.summary`).toBeTruthy();
      }
    }
  });
});
