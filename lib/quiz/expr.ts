import { factValue, isFactId } from "@/lib/content/facts";
import { resolveParamRef, type Params } from "./instantiate";
import type { Expr } from "./schema";

/** Evaluates a numeric question's answer expression with the attempt's parameters and the facts. */
export function evaluateExpr(expr: Expr, params: Params): number {
  if (typeof expr === "number") return expr;
  if ("$param" in expr) return resolveParamRef(expr, params);
  if ("$fact" in expr) {
    if (!isFactId(expr.$fact)) throw new Error(`unknown fact "${expr.$fact}"`);
    return factValue(expr.$fact);
  }
  const values = expr.args.map((arg) => evaluateExpr(arg, params));
  const [first, ...rest] = values as [number, ...number[]];
  switch (expr.op) {
    case "add":
      return values.reduce((a, b) => a + b, 0);
    case "mul":
      return values.reduce((a, b) => a * b, 1);
    case "sub":
      return rest.reduce((a, b) => a - b, first);
    case "div":
      return rest.reduce((a, b) => a / b, first);
    case "min":
      return Math.min(...values);
    case "max":
      return Math.max(...values);
    case "round":
      return Math.round(first);
  }
}

/** Fact ids an expression refers to (checked against content/facts.json by the bank test). */
export function exprFacts(expr: Expr, out: string[] = []): string[] {
  if (typeof expr === "number" || "$param" in expr) return out;
  if ("$fact" in expr) {
    out.push(expr.$fact);
    return out;
  }
  for (const arg of expr.args) exprFacts(arg, out);
  return out;
}
