// ECharts options of the Beranda, built from the dashboard's figures.
import type { dashboard } from '../../../wailsjs/go/models'

type T = (key: string, values?: Record<string, unknown>) => string
const teal = '#0f766e'
const pale = '#b9ddd7'
const amber = '#d97706'
const axis = { color: '#405553', fontSize: 11 }
const pctFmt = (v: number) => `${Math.round(v)}%`
const miliar = (v: number) => (v === 0 ? '0' : v >= 1e9 ? `${(v / 1e9).toLocaleString('id-ID', { maximumFractionDigits: 1 })} M` : `${Math.round(v / 1e6)} jt`)

/** Planned against realised money per funding source (horizontal bars), absorption in the label. */
export function absorptionBySource(rows: dashboard.Source[], t: T) {
  const used = rows.filter((r) => r.planned > 0 || r.realised > 0).reverse()
  return {
    grid: { left: 8, right: 56, top: 26, bottom: 4, containLabel: true },
    legend: { top: 0, right: 0, itemWidth: 12, itemHeight: 10, textStyle: axis },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `Rp ${Math.round(v).toLocaleString('id-ID')}` },
    xAxis: { type: 'value', axisLabel: { ...axis, formatter: miliar }, splitLine: { lineStyle: { color: '#eef3f2' } } },
    yAxis: { type: 'category', data: used.map((r) => r.label), axisLabel: axis },
    series: [
      {
        type: 'bar', name: t('beranda.chart.planned'), data: used.map((r) => r.planned), itemStyle: { color: pale }, barGap: '-100%', barMaxWidth: 18,
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => pctFmt(used[p.dataIndex].absorption), ...axis, color: '#0f3d3a' },
      },
      { type: 'bar', name: t('beranda.chart.realised'), data: used.map((r) => r.realised), itemStyle: { color: teal }, barMaxWidth: 18, z: 3 },
    ],
  }
}

/** Physical progress against the schedule per OPD, the ones behind first (at most 15). */
export function progressByOpd(rows: dashboard.OPDRow[], t: T) {
  const top = rows.slice(0, 15)
  const name = (o: dashboard.OPDRow) => o.abbreviation || (o.name.length > 22 ? `${o.name.slice(0, 21)}…` : o.name)
  return {
    rows: top,
    option: {
      grid: { left: 8, right: 12, top: 26, bottom: 4, containLabel: true },
      legend: { top: 0, right: 0, itemWidth: 12, itemHeight: 10, textStyle: axis },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v.toFixed(1)}%` },
      xAxis: { type: 'category', data: top.map(name), axisLabel: { ...axis, interval: 0, rotate: top.length > 6 ? 35 : 0 } },
      yAxis: { type: 'value', max: 100, axisLabel: { ...axis, formatter: pctFmt }, splitLine: { lineStyle: { color: '#eef3f2' } } },
      series: [
        { type: 'bar', name: t('beranda.chart.progress'), itemStyle: { color: amber }, data: top.map((o) => ({ value: o.progress, itemStyle: { color: o.behind ? amber : teal } })), barMaxWidth: 16 },
        { type: 'line', name: t('beranda.chart.schedule'), data: top.map((o) => o.expected), symbol: 'rect', symbolSize: 8, lineStyle: { width: 0 }, itemStyle: { color: '#334155' } },
      ],
    },
  }
}

/** Members verified per kecamatan, percent. */
export function verificationByKecamatan(rows: dashboard.VerifyRow[], t: T) {
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v.toFixed(1)}%` },
    xAxis: { type: 'value', max: 100, axisLabel: { ...axis, formatter: pctFmt }, splitLine: { lineStyle: { color: '#eef3f2' } } },
    yAxis: { type: 'category', data: rows.map((r) => r.kecamatan).reverse(), axisLabel: axis },
    series: [{
      type: 'bar', name: t('beranda.chart.verified'), data: rows.map((r) => r.percent).reverse(), itemStyle: { color: teal }, barMaxWidth: 14,
      label: { show: true, position: 'right', formatter: (p: { value: number }) => pctFmt(p.value), ...axis },
    }],
  }
}

/** Desil 1-2 families per paired village in each of the latest editions (the 12 with the most). */
export function desilByVillage(villages: dashboard.VillageRow[], editions: dashboard.EditionRef[]) {
  const rows = villages.filter((v) => v.pendampinganId).sort((a, b) => b.desil12 - a.desil12).slice(0, 12)
  const shades = ['#d6ebe7', '#9ccfc6', '#4fa99b', teal]
  return {
    rows,
    option: {
      grid: { left: 8, right: 12, top: 26, bottom: 4, containLabel: true },
      legend: { top: 0, right: 0, itemWidth: 12, itemHeight: 10, textStyle: axis },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: rows.map((v) => v.name), axisLabel: { ...axis, interval: 0, rotate: rows.length > 6 ? 35 : 0 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: axis, splitLine: { lineStyle: { color: '#eef3f2' } } },
      series: editions.map((e, i) => ({
        type: 'bar', name: e.name, data: rows.map((v) => v.desil12ByEdition[i] ?? 0), barMaxWidth: 12,
        itemStyle: { color: shades[shades.length - editions.length + i] ?? teal },
      })),
    },
  }
}
