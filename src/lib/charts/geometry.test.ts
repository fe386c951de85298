import { describe, expect, it } from 'vitest';
import { barChart, CHART_WIDTH, frameFor, stepChart } from './geometry.ts';
import { periodsBetween } from './series.ts';

describe('a chart’s value axis', () => {
  it('has whole-number ticks from 0, written as people write them, and room for them', () => {
    const frame = frameFor(7012);
    expect(frame.yTicks.map((tick) => tick.label)).toEqual([
      '0',
      '2,000',
      '4,000',
      '6,000',
      '8,000',
    ]);
    expect(frame.left).toBeGreaterThan('8,000'.length * 7);
    expect(frameFor(2).yTicks.map((tick) => tick.label)).toEqual(['0', '1', '2']);
  });
});

describe('running totals as steps', () => {
  const periods = periodsBetween('2013-09-19', '2026-12-02', 'month');
  const offline = periods.map(() => 7000);
  const online = periods.map((_, i) => (i === periods.length - 1 ? 12 : 0));
  const chart = stepChart(periods, [offline, online], 'month');

  it('stack one band per series, across the whole width', () => {
    expect(chart.bands).toHaveLength(2);
    expect(chart.bands[0]).toMatch(new RegExp(`^M${chart.frame.left},`));
    expect(chart.outline).toContain(`${chart.frame.right},`);
  });

  it('label a long monthly series by year, at most four labels, each inside the drawing', () => {
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(['2014', '2018', '2022', '2026']);
    for (const tick of chart.xTicks) {
      expect(tick.at).toBeGreaterThanOrEqual(0);
      expect(tick.at).toBeLessThanOrEqual(CHART_WIDTH);
    }
  });

  it('label a short one by month', () => {
    const short = stepChart(['2026-11-01', '2026-12-01'], [[1, 2]], 'month');
    expect(short.xTicks.map((tick) => tick.label)).toEqual(['Nov 2026', 'Dec 2026']);
  });
});

describe('amounts as bars', () => {
  it('draw one bar per period, none for an empty one', () => {
    const { bars, xTicks } = barChart(['2026-11-16', '2026-11-23', '2026-11-30'], [4, 0, 2]);
    expect(bars).toHaveLength(3);
    expect(bars[1]!.height).toBe(0);
    expect(bars[0]!.height).toBe(bars[2]!.height * 2);
    expect(xTicks.map((tick) => tick.label)).toEqual(['16 Nov', '23 Nov', '30 Nov']);
  });
});

it('draws a step only where the totals move', () => {
  const periods = periodsBetween('2013-09-01', '2026-12-01', 'month');
  const flat = stepChart(periods, [periods.map(() => 32)], 'month');
  // From the first period's start to the last one's end, and nothing between.
  const { left, right } = flat.frame;
  expect(flat.outline).toMatch(new RegExp(`^M${left},[\\d.]+L${right},[\\d.]+L${right},[\\d.]+$`));
});
