import { useId } from "react";

// The reports' charts (issue 7): server-rendered inline SVG, no chart library. Each chart is an
// image with a <title> and a <desc> that says what it shows in words; the same figures are in a
// table beside it (and in the CSV export), so nothing is only in the picture.

const BRAND = "#1456c4";
const PREVIOUS = "#94a3b8";
const GRID = "#e2e8f0";
const TEXT = "#334155";

export type LinePoint = { label: string; value: number | null; note?: string };

/** A line over months (values 0–max); a month without data leaves a gap and reads "—". */
export function LineChart({ title, desc, points, max = 100, unit = "%" }: { title: string; desc: string; points: LinePoint[]; max?: number; unit?: string }) {
  const id = useId();
  const W = 400;
  const H = 240;
  const left = 44;
  const right = 20;
  const top = 26;
  const bottom = 44;
  // The axis starts at the tens below the lowest value (less 10), so that changes of a few points show.
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const min = values.length ? Math.max(0, Math.floor((Math.min(...values) - 10) / 10) * 10) : 0;
  const step = points.length > 1 ? (W - left - right) / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? left + i * step : (W + left - right) / 2);
  const y = (v: number) => top + (1 - (v - min) / (max - min)) * (H - top - bottom);
  // Gridlines down from the top every 10 points on a short axis, every 25 on a long one.
  const tickStep = max - min <= 50 ? 10 : 25;
  const ticks = Array.from({ length: Math.floor((max - min) / tickStep) + 1 }, (_, i) => max - i * tickStep);
  const segments: string[] = [];
  let current = "";
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = "";
      return;
    }
    current += `${current ? "L" : "M"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="h-auto w-full" preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {ticks.map((v) => {
        return (
          <g key={v}>
            <line x1={left} x2={W - right} y1={y(v)} y2={y(v)} stroke={GRID} />
            <text x={left - 6} y={y(v) + 4} textAnchor="end" fontSize="12" fill={TEXT}>
              {v}
              {unit}
            </text>
          </g>
        );
      })}
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke={BRAND} strokeWidth="3" strokeLinejoin="round" />
      ))}
      {points.map((p, i) => (
        <g key={p.label}>
          {p.value !== null ? (
            <>
              <circle cx={x(i)} cy={y(p.value)} r="5" fill={BRAND} />
              <text x={x(i)} y={y(p.value) - 10} textAnchor="middle" fontSize="14" fontWeight="600" fill="#0f172a">
                {p.value}
                {unit}
              </text>
            </>
          ) : (
            <text x={x(i)} y={y((max + min) / 2)} textAnchor="middle" fontSize="14" fill={TEXT}>
              —
            </text>
          )}
          <text x={x(i)} y={H - bottom + 20} textAnchor="middle" fontSize="13" fill={TEXT}>
            {p.label}
          </text>
          {p.note ? (
            <text x={x(i)} y={H - bottom + 37} textAnchor="middle" fontSize="12" fill="#64748b">
              {p.note}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}

export type Bar = { label: string; value: number | null; previous?: number | null; valueText: string; previousText?: string };

/**
 * Horizontal bars, one row each: the label above its bar (long Chinese labels fit on a phone),
 * the period's bar in blue and, where given, the previous period's as a thin grey bar below.
 */
export function BarChart({ title, desc, bars, max, legend }: { title: string; desc: string; bars: Bar[]; max?: number; legend?: { current: string; previous: string } }) {
  const id = useId();
  const W = 400;
  const rowH = bars.some((b) => b.previous !== undefined) ? 52 : 42;
  const legendH = legend ? 22 : 0;
  const H = legendH + bars.length * rowH + 4;
  const valueW = 70;
  const scaleMax = max ?? Math.max(1, ...bars.flatMap((b) => [b.value ?? 0, b.previous ?? 0]));
  const width = (v: number) => Math.max(0, (v / scaleMax) * (W - valueW - 4));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="h-auto w-full">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {legend ? (
        <g fontSize="12" fill={TEXT}>
          <rect x="0" y="4" width="14" height="10" fill={BRAND} rx="2" />
          <text x="20" y="13">
            {legend.current}
          </text>
          <rect x="120" y="7" width="14" height="4" fill={PREVIOUS} />
          <text x="140" y="13">
            {legend.previous}
          </text>
        </g>
      ) : null}
      {bars.map((b, i) => {
        const y0 = legendH + i * rowH;
        return (
          <g key={`${b.label}-${i}`}>
            <text x="0" y={y0 + 13} fontSize="14" fill="#0f172a">
              {b.label}
            </text>
            <rect x="0" y={y0 + 18} width={W - valueW - 4} height="14" fill="#f1f5f9" rx="2" />
            {b.value !== null ? <rect x="0" y={y0 + 18} width={width(b.value)} height="14" fill={BRAND} rx="2" /> : null}
            <text x={W} y={y0 + 30} textAnchor="end" fontSize="14" fontWeight="600" fill="#0f172a">
              {b.valueText}
            </text>
            {b.previous !== undefined ? (
              <>
                {b.previous !== null ? <rect x="0" y={y0 + 36} width={width(b.previous)} height="5" fill={PREVIOUS} rx="1" /> : null}
                {b.previousText ? (
                  <text x={W} y={y0 + 45} textAnchor="end" fontSize="12" fill="#64748b">
                    {b.previousText}
                  </text>
                ) : null}
              </>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
