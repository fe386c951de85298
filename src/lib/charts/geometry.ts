import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import { nextPeriod, type Granularity } from './series.ts';

/**
 * A chart's drawing area in SVG units. It is narrow on purpose: on a 375 px phone the SVG is
 * drawn at about its own size, so its 13-unit labels read at about 12 px; wider screens cap the
 * figure at 30rem (`.chart` in global.css), where they read at about 16 px.
 */
export const CHART_WIDTH = 360;
export const CHART_HEIGHT = 200;
const TOP = 10;
const RIGHT = 10;
const BOTTOM = 26;
/** About how wide a label's character is at the charts' 13-unit size. */
const CHAR_WIDTH = 7.5;
/** Labels along the bottom: more would run into each other at 360 units. */
const MAX_X_LABELS = 4;

export interface Tick {
  at: number;
  label: string;
}

/** A label along the bottom, anchored so that it stays inside the drawing at either end. */
export interface XTick extends Tick {
  anchor: 'start' | 'middle' | 'end';
}

function xTick(at: number, label: string): XTick {
  const half = (label.length * CHAR_WIDTH) / 2;
  const anchor = at - half < 0 ? 'start' : at + half > CHART_WIDTH ? 'end' : 'middle';
  return { at, label, anchor };
}

/** Where a chart's marks may go, and its value axis. */
export interface Frame {
  left: number;
  right: number;
  bottom: number;
  y: (value: number) => number;
  yTicks: Tick[];
}

const number = (n: number) => n.toLocaleString('en-GB');

/** The frame for values from 0 to `max`: whole-number ticks, and room at the left for them. */
export function frameFor(max: number): Frame {
  const y = scaleLinear()
    .domain([0, Math.max(max, 1)])
    .nice(4)
    .range([CHART_HEIGHT - BOTTOM, TOP]);
  const values = y.ticks(4).filter(Number.isInteger);
  const left = Math.ceil(Math.max(...values.map((v) => number(v).length)) * CHAR_WIDTH) + 8;
  return {
    left,
    right: CHART_WIDTH - RIGHT,
    bottom: CHART_HEIGHT - BOTTOM,
    y: (value) => y(value),
    yTicks: values.map((v) => ({ at: y(v), label: number(v) })),
  };
}

const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const shortMonth = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** Every n-th of `items`, evenly, so that at most MAX_X_LABELS remain. */
const thinned = <T>(items: readonly T[]) =>
  items.filter((_, i) => i % Math.ceil(items.length / MAX_X_LABELS) === 0);

/** Running totals as steps over time, each held from its period's start to the next one's. */
export interface StepChart {
  frame: Frame;
  /** One filled band per series, stacked in order: the first at the bottom. */
  bands: string[];
  /** The top edge: the total of every series. */
  outline: string;
  xTicks: XTick[];
}

/**
 * Steps for running totals per period (`series`, stacked), over time from the first period's start
 * to the last one's end. Labels along the bottom mark periods' starts, as precisely as the periods:
 * years for a long monthly series or a yearly one, months otherwise.
 */
export function stepChart(
  periods: readonly string[],
  series: readonly (readonly number[])[],
  granularity: Exclude<Granularity, 'week'>,
): StepChart {
  const stacked = periods.map((_, i) => {
    let sum = 0;
    return series.map((values) => (sum += values[i] ?? 0));
  });
  const frame = frameFor(Math.max(0, ...stacked.map((layers) => layers.at(-1) ?? 0)));
  const end = nextPeriod(periods.at(-1)!, granularity);
  const x = scaleUtc()
    .domain([toTime(periods[0]!), toTime(end)])
    .range([frame.left, frame.right]);
  // The last value is held to the end of its period. A step repeating the one before it draws
  // nothing, so only the steps that move are kept (a decade by month is 120 points otherwise).
  const points = [...periods, end]
    .map((day, i) => ({ x: x(toTime(day)), layers: stacked[Math.min(i, stacked.length - 1)]! }))
    .filter(
      (point, i, all) =>
        i === 0 ||
        i === all.length - 1 ||
        point.layers.some((value, s) => value !== all[i - 1]!.layers[s]),
    );
  const bands = series.map((_, s) =>
    area<(typeof points)[number]>()
      .curve(curveStepAfter)
      .x((p) => p.x)
      .y0((p) => frame.y(s === 0 ? 0 : p.layers[s - 1]!))
      .y1((p) => frame.y(p.layers[s]!))(points)!,
  );
  const outline = line<(typeof points)[number]>()
    .curve(curveStepAfter)
    .x((p) => p.x)
    .y((p) => frame.y(p.layers.at(-1)!))(points)!;
  const byYear = granularity === 'year' || periods.length > 24;
  const labelled = byYear ? periods.filter((start) => start.endsWith('-01-01')) : periods;
  const xTicks = thinned(labelled.length > 0 ? labelled : periods.slice(0, 1)).map((start) =>
    xTick(x(toTime(start)), byYear ? start.slice(0, 4) : shortMonth.format(toTime(start))),
  );
  return { frame, bands, outline, xTicks };
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Amounts per period as bars, up to four of them labelled by the day their period begins. */
export function barChart(
  periods: readonly string[],
  amounts: readonly number[],
): { frame: Frame; bars: Bar[]; xTicks: XTick[] } {
  const frame = frameFor(Math.max(0, ...amounts));
  const x = scaleBand<string>()
    .domain(periods)
    .range([frame.left, frame.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const bars = periods.map((start, i) => ({
    x: x(start)!,
    y: frame.y(amounts[i]!),
    width: x.bandwidth(),
    height: frame.y(0) - frame.y(amounts[i]!),
  }));
  const xTicks = thinned(periods).map((start) =>
    xTick(x(start)! + x.bandwidth() / 2, shortDay.format(toTime(start))),
  );
  return { frame, bars, xTicks };
}
