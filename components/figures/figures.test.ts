import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { figureIds } from "@/lib/content/lessons";
import { locales } from "@/lib/i18n/locales";
import { figureLabels, figures, type FigureId } from "@/components/figures";
import { MIN_FONT_SIZE } from "@/components/figures/parts";

const hangul = /[\uac00-\ud7a3]/;

function render(id: FigureId, lang: "en" | "ko"): string {
  return renderToStaticMarkup(createElement(figures[id], { lang }));
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text of every text-bearing element (title, desc, text/tspan), one entry per element. */
function texts(markup: string): string[] {
  const out: string[] = [];
  for (const m of markup.matchAll(/<(title|desc|tspan)\b[^>]*>([^<]*)</g)) out.push(decode(m[2]!));
  return out;
}

/** Literal pieces of a label template: split on {placeholders} and line breaks. */
function fragments(template: string): string[] {
  return template
    .split(/\{\w+\}|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const ids = Object.keys(figures) as FigureId[];

describe("figure registry", () => {
  it("has exactly one figure for every figure id lessons may use", () => {
    expect([...ids].sort()).toEqual([...figureIds].sort());
    expect(Object.keys(figureLabels).sort()).toEqual([...figureIds].sort());
  });
});

describe.each(ids)("figure %s", (id) => {
  const labels = figureLabels[id];

  it.each(locales)("renders an accessible, themeable SVG in %s", (lang) => {
    const markup = render(id, lang);
    expect(markup.startsWith("<svg")).toBe(true);
    const root = /^<svg\b[^>]*>/.exec(markup)![0];
    expect(root).toContain('role="img"');
    expect(root).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(root).toContain('width="100%"');
    expect(root).toContain(`lang="${lang}"`);

    // accessible name: aria-labelledby points at a non-empty <title>, and a <desc> describes it
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(root)?.[1];
    expect(labelledBy).toBeTruthy();
    const title = new RegExp(`<title id="${labelledBy}">([^<]+)</title>`).exec(markup)?.[1];
    expect(title?.trim().length).toBeGreaterThan(10);
    const describedBy = /aria-describedby="([^"]+)"/.exec(root)?.[1];
    expect(markup).toMatch(new RegExp(`<desc id="${describedBy}">[^<]{40,}</desc>`));

    // colours come from the theme's CSS variables, never hard-coded
    expect(markup).not.toMatch(/#[0-9a-fA-F]{3,8}\b(?![^"]*\))/);
    expect(markup).not.toMatch(/rgba?\(|hsla?\(/);
    for (const m of markup.matchAll(/(?:fill|stroke):([^;"]+)/g)) {
      expect(m[1], m[0]).toMatch(/^(?:var\(--color-[a-z]+, ?(?:currentColor|transparent)\)|none)$/);
    }

    // legible on a 360 px phone: no font smaller than the minimum
    for (const m of markup.matchAll(/font-size="([\d.]+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
  });

  it("titles and describes itself in the language asked for", () => {
    const en = texts(render(id, "en"));
    const ko = texts(render(id, "ko"));
    expect(en.filter((t) => hangul.test(t))).toEqual([]);
    expect(hangul.test(ko[0]!)).toBe(true); // <title>
    expect(hangul.test(ko[1]!)).toBe(true); // <desc>
  });

  it("leaks no English label into the Korean version", () => {
    const koText = texts(render(id, "ko")).join("\n");
    const koLabels = Object.values(labels).map((l) => l.ko);
    const leaks: string[] = [];
    for (const [key, label] of Object.entries(labels)) {
      if (label.en === label.ko) continue; // not translated on purpose (service names and the like)
      for (const piece of fragments(label.en)) {
        if (!/[A-Za-z].*[A-Za-z].*[A-Za-z]/.test(piece)) continue; // symbols, "A", "PC ≤ R"
        if (koLabels.some((k) => k.includes(piece))) continue; // the Korean label keeps the AWS term
        if (koText.includes(piece)) leaks.push(`${key}: "${piece}"`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it.each(locales)("draws every label of its table (%s)", (lang) => {
    const text = texts(render(id, lang)).join("\n");
    const missing = Object.entries(labels).flatMap(([key, label]) =>
      fragments(label[lang]).filter((piece) => !text.includes(piece)).map((piece) => `${key}: "${piece}"`),
    );
    expect(missing).toEqual([]);
  });
});

describe("figures on one page", () => {
  it("get unique element ids, so titles and arrow markers never clash", () => {
    const markup = renderToStaticMarkup(
      createElement(
        Fragment,
        null,
        ...ids.flatMap((id) => [createElement(figures[id], { key: `${id}-en`, lang: "en" }), createElement(figures[id], { key: `${id}-ko`, lang: "ko" })]),
      ),
    );
    const all = [...markup.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
    expect(all.length).toBeGreaterThan(ids.length * 2);
    expect(all.filter((x, i) => all.indexOf(x) !== i)).toEqual([]);
    for (const m of markup.matchAll(/url\(#([^)]+)\)/g)) expect(all).toContain(m[1]);
  });
});
