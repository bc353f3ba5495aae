// The network page's graph: nodes are actors, edges who did what to whom (from the JSON the
// page embeds; no request of its own). A force-directed layout (Cytoscape's cose); a click on
// an actor opens its page.
(function () {
  'use strict';
  var container = document.getElementById('graph');
  var data = document.getElementById('graph-data');
  if (!container || !data || typeof window.cytoscape !== 'function') return;
  var graph = JSON.parse(data.textContent || '{"nodes":[],"edges":[]}');
  var colors = { CONSULT: '#1f5fa8', AGREE: '#2e8b57', REQUEST: '#7a5cc2', THREATEN: '#d2691e', ACCUSE: '#b8860b', REJECT: '#b22222' };
  var elements = [];
  graph.nodes.forEach(function (n) {
    elements.push({ data: { id: n.id, label: n.name, kind: n.kind, weight: n.events } });
  });
  // one line per pair of actors (its label lists what passed between them): parallel edges
  // would each pull the pair together and crowd the layout
  var pairs = {};
  graph.edges.forEach(function (e) {
    var key = e.source + '\t' + e.target;
    var p = pairs[key] || (pairs[key] = { source: e.source, target: e.target, labels: [], count: 0, type: e.type });
    p.labels.push(e.type + (e.count > 1 ? ' ×' + e.count : ''));
    p.count += e.count;
  });
  Object.keys(pairs).forEach(function (key, i) {
    var p = pairs[key];
    elements.push({ data: { id: 'e' + i, source: p.source, target: p.target, label: p.labels.join(', '),
      color: p.labels.length > 1 ? '#555' : (colors[p.type] || '#888'), width: Math.min(1 + p.count, 8) } });
  });
  var cy = window.cytoscape({
    container: container,
    elements: elements,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 15, 'text-valign': 'bottom', 'text-margin-y': 4,
        'background-color': '#4a6076', width: 'mapData(weight, 1, 40, 14, 44)', height: 'mapData(weight, 1, 40, 14, 44)' } },
      { selector: 'node[kind = "state"]', style: { 'background-color': '#1f5fa8', shape: 'round-rectangle' } },
      { selector: 'node[kind = "organization"]', style: { 'background-color': '#2e8b57', shape: 'diamond' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 10, color: '#444',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } }
    ],
    // the force-directed layout with the values of Cytoscape's own cose demo
    layout: { name: 'cose', animate: false, randomize: true, padding: 30, nodeRepulsion: function () { return 400000; },
      idealEdgeLength: function () { return 100; }, edgeElasticity: function () { return 100; }, nestingFactor: 5, gravity: 80,
      numIter: 1000, initialTemp: 200, coolingFactor: 0.95, minTemp: 1.0 },
    wheelSensitivity: 0.3
  });
  cy.on('tap', 'node', function (evt) {
    window.location.href = '/actors/' + encodeURIComponent(evt.target.id());
  });
  container.setAttribute('data-ready', String(cy.nodes().length));
})();
