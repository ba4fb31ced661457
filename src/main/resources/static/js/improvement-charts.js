// Draws the boards' figures (delivered per quarter against the target, delivered by product) from the JSON
// the page carries (the CSP forbids inline scripts). The tables under each chart hold the same figures.
(function () {
  var source = document.getElementById('figures-chart-data');
  if (!source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var quarters = document.getElementById('quarter-chart');
  if (quarters) {
    var q = echarts.init(quarters, null, { renderer: 'svg' });
    q.setOption({
      animation: false,
      grid: { left: 50, right: 30, top: 30, bottom: 40 },
      xAxis: { type: 'category', data: data.quarters },
      yAxis: { type: 'value', minInterval: 1 },
      tooltip: { trigger: 'axis' },
      series: [{
        type: 'bar', data: data.delivered, itemStyle: { color: '#1d70b8' },
        markLine: { symbol: 'none', label: { formatter: quarters.getAttribute('data-target-label') }, data: [{ yAxis: data.targetPerQuarter }] }
      }]
    });
    window.addEventListener('resize', function () { q.resize(); });
  }
  var products = document.getElementById('product-chart');
  if (products) {
    products.style.height = Math.max(300, data.products.length * 28 + 60) + 'px';
    var p = echarts.init(products, null, { renderer: 'svg' });
    p.setOption({
      animation: false,
      grid: { left: 220, right: 30, top: 20, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: data.products },
      tooltip: { trigger: 'axis' },
      series: [{ type: 'bar', data: data.byProduct, itemStyle: { color: '#1d70b8' } }]
    });
    window.addEventListener('resize', function () { p.resize(); });
  }
})();
