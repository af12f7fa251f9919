// One chart of the case statistics page, drawn with ECharts on a canvas (no inline script, nothing the app's
// Content-Security-Policy forbids). The page loads this module lazily, so ECharts only downloads with the
// statistics; only the pieces used here are registered. The table under each chart stays the accessible version.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export interface CaseChartSeries {
  name: string;
  values: number[];
  /** Percent values (0–100) on their own axis, labelled with %. */
  percent?: boolean;
}

export interface CaseChartProps {
  /** bar: vertical bars; hbar: horizontal bars (long names read better); pie: shares of a whole. */
  kind: 'bar' | 'hbar' | 'pie';
  categories: string[];
  series: CaseChartSeries[];
  ariaLabel: string;
  testId: string;
  height?: number;
  /** Pie only: a colour per category (e.g. the tier tags' colours), instead of the series palette. */
  categoryColors?: string[];
  /** The app's theme colours (antd tokens), passed in so this chunk needs nothing from antd. */
  colors?: { series: string[]; text: string; split: string };
}

const DEFAULT_COLORS = {
  series: ['#1677ff', '#52c41a', '#faad14', '#ff4d4f', '#722ed1'],
  text: 'rgba(0, 0, 0, 0.88)',
  split: '#f0f0f0',
};

function buildOption(
  { kind, categories, series, categoryColors }: CaseChartProps,
  colors: string[],
  text: string,
  split: string,
): EChartsCoreOption {
  const base = {
    color: colors,
    animation: false,
    textStyle: { fontFamily: 'inherit', color: text },
    tooltip: { trigger: kind === 'pie' ? 'item' : 'axis', confine: true },
  };
  if (kind === 'pie') {
    const values = series[0]?.values ?? [];
    return {
      ...base,
      legend: { bottom: 0, type: 'scroll', textStyle: { color: text } },
      series: [
        {
          type: 'pie',
          name: series[0]?.name,
          radius: ['32%', '58%'],
          center: ['50%', '45%'],
          percentPrecision: 0,
          labelLine: { length: 8, length2: 8 },
          label: { formatter: '{b}\n{c}（{d}%）', color: text },
          data: categories.map((name, i) => ({
            name,
            value: values[i] ?? 0,
            ...(categoryColors?.[i] ? { itemStyle: { color: categoryColors[i] } } : {}),
          })),
        },
      ],
    };
  }
  const twoAxes = series.some((s) => s.percent);
  const valueAxis = (percent: boolean) => ({
    type: 'value',
    minInterval: 1,
    ...(percent ? { min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } } : {}),
    ...(percent ? {} : { splitLine: { lineStyle: { color: split } } }),
  });
  const categoryAxis = {
    type: 'category',
    data: categories,
    axisTick: { alignWithLabel: true },
    axisLabel:
      kind === 'bar' ? { interval: 0, rotate: categories.length > 5 ? 30 : 0 } : { width: 96, overflow: 'truncate' },
    ...(kind === 'hbar' ? { inverse: true } : {}),
  };
  const valueAxes = twoAxes ? [valueAxis(false), valueAxis(true)] : [valueAxis(false)];
  return {
    ...base,
    tooltip: { ...base.tooltip, axisPointer: { type: 'shadow' } },
    legend: series.length > 1 ? { top: 0, textStyle: { color: text } } : undefined,
    grid: { left: 8, right: 16, top: series.length > 1 ? 36 : 12, bottom: 8, containLabel: true },
    xAxis: kind === 'hbar' ? valueAxes : categoryAxis,
    yAxis: kind === 'hbar' ? categoryAxis : valueAxes,
    series: series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      barMaxWidth: 28,
      ...(kind === 'hbar' ? { xAxisIndex: s.percent ? 1 : 0 } : { yAxisIndex: s.percent ? 1 : 0 }),
      label: {
        show: true,
        position: kind === 'hbar' ? 'right' : 'top',
        formatter: s.percent ? '{c}%' : '{c}',
        color: text,
      },
      itemStyle: { borderRadius: kind === 'hbar' ? [0, 3, 3, 0] : [3, 3, 0, 0] },
      z: i,
    })),
  };
}

export default function CaseChart(props: CaseChartProps) {
  const { ariaLabel, testId, height = 260, colors = DEFAULT_COLORS } = props;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const option = buildOption(props, colors.series, colors.text, colors.split);
  const key = JSON.stringify(option);
  useEffect(() => {
    chart.current?.setOption(JSON.parse(key) as EChartsCoreOption, true);
  }, [key]);

  return <div ref={box} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height }} />;
}
