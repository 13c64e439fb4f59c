// ECharts options of the progress views, built from the backend's overview. Pure
// functions, so the numbers behind each chart can be tested without a canvas.
import type { MonthPoint, ProgressGroup } from '../api/plan-types'
import { formatRupiah, formatPercent } from './format'
import { levelColor, progressLevel } from './progressLevel'

const AXIS = '#405553'
const PLAN = '#9fc9c4'
const REAL = '#0f766e'
const STRATEGY_COLORS = ['#0f766e', '#2563eb', '#d97706', '#7c3aed']

/** "Rp 1,2 M" / "Rp 350 jt" for chart axes. */
export function shortRupiah(n: number): string {
  const abs = Math.abs(n)
  const f = (v: number, u: string) => `Rp ${v.toLocaleString('id-ID', { maximumFractionDigits: 1 })} ${u}`
  if (abs >= 1e12) return f(n / 1e12, 'T')
  if (abs >= 1e9) return f(n / 1e9, 'M')
  if (abs >= 1e6) return f(n / 1e6, 'jt')
  if (abs >= 1e3) return f(n / 1e3, 'rb')
  return `Rp ${n}`
}

export interface MonthlyText { planned: string; realised: string; plannedCum: string; realisedCum: string }

/** Bars: planned and spent per month; lines: both cumulative, up to asOf for the realisation. */
export function monthlyOption(series: MonthPoint[], asOf: number, text: MonthlyText, monthNames: string[]) {
  const real = series.map((p) => (p.month <= asOf ? p.spent : null))
  const realCum = series.map((p) => (p.month <= asOf ? p.spentCum : null))
  return {
    animation: false,
    color: [PLAN, REAL, '#7fb7b1', '#0b4f4a'],
    legend: { top: 0, textStyle: { color: AXIS } },
    grid: { left: 8, right: 12, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : formatRupiah(v)) },
    xAxis: { type: 'category', data: monthNames, axisLabel: { color: AXIS } },
    yAxis: { type: 'value', axisLabel: { color: AXIS, formatter: shortRupiah } },
    series: [
      { type: 'bar', name: text.planned, data: series.map((p) => p.planned), barMaxWidth: 18 },
      { type: 'bar', name: text.realised, data: real, barMaxWidth: 18 },
      { type: 'line', name: text.plannedCum, data: series.map((p) => p.plannedCum), symbol: 'none', lineStyle: { type: 'dashed' } },
      { type: 'line', name: text.realisedCum, data: realCum, symbolSize: 6 },
    ],
  }
}

/** Horizontal bars: absorption % per group, coloured against the schedule. */
export function absorptionOption(groups: ProgressGroup[], expectedShare: number, seriesName: string) {
  // Highest first in the data: the category axis runs upwards, so the lowest ends on top.
  const rows = [...groups].sort((a, b) => b.absorption - a.absorption)
  return {
    animation: false,
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => formatPercent(v, 1) },
    xAxis: { type: 'value', max: (v: { max: number }) => Math.max(100, Math.ceil(v.max)), axisLabel: { color: AXIS, formatter: '{value}%' } },
    yAxis: { type: 'category', data: rows.map((g) => g.label), axisLabel: { color: AXIS, fontSize: 11, width: 150, overflow: 'truncate' } },
    series: [{
      type: 'bar', name: seriesName, barMaxWidth: 16,
      data: rows.map((g) => ({ value: Number(g.absorption.toFixed(1)), itemStyle: { color: levelColor(progressLevel(g.absorption, expectedShare)) } })),
      label: { show: true, position: 'right', formatter: (p: { value: number }) => formatPercent(p.value, 0), color: AXIS, fontSize: 11 },
    }],
  }
}

/** Pie: budget per strategy. */
export function strategyOption(groups: ProgressGroup[]) {
  return {
    animation: false,
    color: STRATEGY_COLORS,
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number; percent: number }) => `${p.name}<br/>${formatRupiah(p.value)} (${formatPercent(p.percent, 1)})` },
    legend: { bottom: 0, orient: 'vertical', itemHeight: 10, textStyle: { color: AXIS, fontSize: 11, width: 330, overflow: 'truncate' } },
    series: [{
      type: 'pie', radius: ['30%', '56%'], center: ['50%', '36%'], avoidLabelOverlap: true,
      label: { formatter: (p: { percent: number }) => formatPercent(p.percent, 0), color: AXIS },
      data: groups.filter((g) => g.budget > 0).map((g) => ({ name: g.label, value: g.budget })),
    }],
  }
}

/** Share of the year's planned budget due by the end of month asOf (0-100). */
export function plannedShare(series: MonthPoint[], asOf: number): number {
  const total = series.length ? series[series.length - 1].plannedCum : 0
  const due = series.find((p) => p.month === asOf)?.plannedCum ?? 0
  return total > 0 ? (due * 100) / total : 0
}
