// Only the ECharts parts the dashboard needs; the charts load this module lazily.
import { init, registerMap, use } from 'echarts/core'
import { BarChart, LineChart, MapChart } from 'echarts/charts'
import { GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, LineChart, MapChart, GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer])

export { init, registerMap }
