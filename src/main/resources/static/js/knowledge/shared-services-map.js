// Draws the shared services map: the locally served outline of England and Wales, each partner
// authority at its centroid, and lines from each arrangement's lead to its other partners. The
// figures come from the JSON the page carries (the CSP forbids inline scripts); the list under the
// map holds the same arrangements for anyone who cannot see the chart.
(function () {
  var holder = document.getElementById('shared-services-map');
  var source = document.getElementById('shared-services-map-data');
  if (!holder || !source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  fetch(holder.getAttribute('data-outline'))
    .then(function (r) { return r.json(); })
    .then(function (outline) {
      echarts.registerMap('england-and-wales', outline);
      holder.style.height = '640px';
      holder.style.maxWidth = '560px';
      var chart = echarts.init(holder, null, { renderer: 'svg' });
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'item', formatter: function (p) { return p.seriesType === 'lines' ? p.data.service : p.name; } },
        geo: { map: 'england-and-wales', roam: true, aspectScale: 0.62, itemStyle: { areaColor: '#f3f2f1', borderColor: '#505a5f' },
          emphasis: { disabled: true } },
        series: [
          { type: 'lines', coordinateSystem: 'geo', data: data.links.map(function (l) {
              return { coords: [l.fromLonLat, l.toLonLat], service: l.service };
            }), lineStyle: { color: '#1d70b8', width: 1.5, opacity: 0.7 } },
          { type: 'scatter', coordinateSystem: 'geo', symbolSize: 7, itemStyle: { color: '#d4351c' },
            data: data.points.map(function (p) { return { name: p.name, value: [p.longitude, p.latitude] }; }) }
        ]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
})();
