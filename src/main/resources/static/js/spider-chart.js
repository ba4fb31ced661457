// Draws a saved report's spider chart (percentiles within the group, 100 = best) from the JSON the page
// carries. The table under it holds the same figures for anyone who cannot see the chart.
(function () {
  var holder = document.getElementById('spider-chart');
  var source = document.getElementById('spider-chart-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var chart = echarts.init(holder, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    radar: { indicator: data.indicators, radius: '60%', axisName: { fontSize: 11, color: '#0b0c0c' } },
    series: [{ type: 'radar', name: data.name, data: [{ value: data.values, name: data.name }],
      lineStyle: { color: '#1d70b8' }, areaStyle: { color: 'rgba(29, 112, 184, 0.2)' }, itemStyle: { color: '#1d70b8' } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
