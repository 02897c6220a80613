import { METRICS, isMetricKey, type MetricKey, type MetricScope, type ScopeField } from "./metrics";
import { REQUEST_TYPES } from "./roles";

// Live blocks in a service-outcome page's Markdown (服务成效页, issue 7). A block is a line of its
// own, written between double braces (docs/decisions/0019-outcome-pages.md):
//
//   {{metric <key> <days> [field=value …]}}   the metric's current value over the last <days> days
//                                              e.g. {{metric csat 90}}
//                                                   {{metric complaints 30 category=BILLING area=北京市}}
//   {{project-chart}}                          the linked improvement project's before/after chart
//
// <key> is one of lib/domain/metrics.ts; the fields are the scope fields that metric accepts
// (requestType, category, area, planCode, teamId). Anything else between braces, or braces inside
// a line of text, is an invalid block: the preview shows it as a harmless note, and a page with
// one cannot be submitted. Fenced code (``` or ~~~) is text: blocks can be quoted there.

export const METRIC_DAYS_MAX = 365;
/** Each block costs database queries when the page is rendered; a page has at most this many. */
export const MAX_BLOCKS = 12;

export type MetricBlock = { kind: "metric"; key: MetricKey; days: number; scope: MetricScope };
export type ProjectChartBlock = { kind: "projectChart" };
export type Block = MetricBlock | ProjectChartBlock;

export type BlockError =
  | "unknownBlock"
  | "unknownMetric"
  | "badDays"
  | "badParam"
  | "badValue"
  | "duplicateParam"
  | "chartParams"
  | "misplaced"
  | "tooMany";

export type Segment =
  | { kind: "markdown"; text: string }
  | { kind: "block"; line: number; block: Block }
  | { kind: "invalid"; line: number; source: string; error: BlockError };

const WHOLE_LINE = /^\{\{(.*)\}\}$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A scope value: letters (Chinese included), digits, underscore and hyphen. */
const VALUE = /^[\p{L}\p{N}_-]{1,40}$/u;
const ID_VALUE = /^[a-z0-9]{1,40}$/;

/** One block's source (what is between the braces) → the block, or why it is not one. */
export function parseBlock(inner: string): Block | BlockError {
  const words = inner.trim().split(/\s+/).filter(Boolean);
  const [name, ...args] = words;
  if (name === "project-chart") return args.length ? "chartParams" : { kind: "projectChart" };
  if (name !== "metric") return "unknownBlock";
  const [key, days, ...params] = args;
  if (!isMetricKey(key)) return "unknownMetric";
  if (!days || !/^\d{1,3}$/.test(days) || Number(days) < 1 || Number(days) > METRIC_DAYS_MAX) return "badDays";
  const allowed = new Set<string>(METRICS[key].scope);
  const scope: MetricScope = {};
  for (const param of params) {
    const eq = param.indexOf("=");
    const field = eq > 0 ? param.slice(0, eq) : "";
    const value = param.slice(eq + 1);
    if (!allowed.has(field)) return "badParam";
    if (field in scope) return "duplicateParam";
    if (!validValue(field as ScopeField, value)) return "badValue";
    scope[field as ScopeField] = value;
  }
  return { kind: "metric", key, days: Number(days), scope };
}

function validValue(field: ScopeField, value: string): boolean {
  if (field === "requestType") return (REQUEST_TYPES as readonly string[]).includes(value);
  if (field === "teamId") return ID_VALUE.test(value);
  return VALUE.test(value);
}

/**
 * A body → its Markdown runs and its blocks, in order (line numbers from 1). Lines inside fenced
 * code are left as text; blocks beyond MAX_BLOCKS are invalid ("tooMany").
 */
export function parseOutcomeBody(body: string): Segment[] {
  const segments: Segment[] = [];
  let text: string[] = [];
  let fence: string | null = null;
  let blocks = 0;
  const flush = () => {
    if (text.join("").trim()) segments.push({ kind: "markdown", text: text.join("\n") });
    text = [];
  };
  body.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    const opened = FENCE.exec(raw)?.[1];
    if (fence) {
      if (opened && opened[0] === fence[0] && opened.length >= fence.length && trimmed === opened) fence = null;
      text.push(raw);
      return;
    }
    if (opened) {
      fence = opened;
      text.push(raw);
      return;
    }
    const whole = WHOLE_LINE.exec(trimmed);
    if (!whole && !trimmed.includes("{{")) {
      text.push(raw);
      return;
    }
    flush();
    blocks += 1;
    const parsed: Block | BlockError = !whole || whole[1]!.includes("{{") || whole[1]!.includes("}}") ? "misplaced" : blocks > MAX_BLOCKS ? "tooMany" : parseBlock(whole[1]!);
    segments.push(typeof parsed === "string" ? { kind: "invalid", line, source: trimmed, error: parsed } : { kind: "block", line, block: parsed });
  });
  flush();
  return segments;
}

/** The problems that keep a body from being submitted: invalid blocks, and a chart with no project to draw. */
export function bodyProblems(body: string, hasProject: boolean): Array<{ line: number; error: BlockError | "noProject" }> {
  return parseOutcomeBody(body).flatMap((s): Array<{ line: number; error: BlockError | "noProject" }> => {
    if (s.kind === "invalid") return [{ line: s.line, error: s.error }];
    if (s.kind === "block" && s.block.kind === "projectChart" && !hasProject) return [{ line: s.line, error: "noProject" }];
    return [];
  });
}

/** The period a metric block covers: the last `days` days up to `now`. */
export function blockPeriod(days: number, now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - days * 86_400_000), to: now };
}
