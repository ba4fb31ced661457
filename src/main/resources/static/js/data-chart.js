// Draws the ranked bar chart of a measure page from the JSON the page carries (the CSP forbids inline
// scripts). The table under the chart holds the same figures for anyone who cannot see the chart.
(function () {
  var holder = document.getElementById('benchmark-chart');
  var source = document.getElementById('benchmark-chart-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  holder.style.height = Math.max(300, data.names.length * 14 + 80) + 'px';
  var chart = echarts.init(holder, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    grid: { left: 160, right: 40, top: 30, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: data.names, axisLabel: { fontSize: 10 } },
    tooltip: { trigger: 'axis' },
    series: [{
      type: 'bar',
      data: data.values.map(function (v, i) {
        return { value: v, itemStyle: { color: data.highlight[i] ? '#d4351c' : '#1d70b8' } };
      }),
      markLine: data.mean === null ? undefined : {
        symbol: 'none',
        label: { formatter: holder.getAttribute('data-mean-label') },
        data: [{ xAxis: data.mean }]
      }
    }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
