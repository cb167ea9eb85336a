// dagre vs elkjs on a heap-shaped graph: `node dist/bench/render-layout.js [N]`.
// A frames node, a list with N slots pointing at N objects, each object with a port
// to one of 20 shared values (the shape of a 200-object heap before "+N more").
// elkjs is not a dependency (dagre was chosen); this runs it when it is installed
// (npm install --no-save elkjs) and says so otherwise.
import { createRequire } from 'node:module';
import dagre from '@dagrejs/dagre';

const N = Number(process.argv[2] ?? 200);
interface Spec { nodes: { id: string; w: number; h: number; ports: number }[]; edges: [string, number, string][] }
function graph(n: number): Spec {
  const nodes: Spec['nodes'] = [{ id: 'frame', w: 180, h: 130, ports: 5 }, { id: 'list', w: 160, h: 30 + 20 * n, ports: n }];
  const edges: Spec['edges'] = [['frame', 0, 'list']];
  for (let i = 0; i < n; i++) nodes.push({ id: `o${i}`, w: 150, h: 70, ports: 2 });
  for (let i = 0; i < 20; i++) nodes.push({ id: `s${i}`, w: 60, h: 26, ports: 0 });
  for (let i = 1; i < 5; i++) edges.push(['frame', i, `o${(i * 7) % n}`]);
  for (let i = 0; i < n; i++) { edges.push(['list', i, `o${i}`]); edges.push([`o${i}`, 0, `s${i % 20}`]); }
  return { nodes, edges };
}
function runDagre(g0: Spec): number {
  const t = performance.now();
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 22, ranksep: 50 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of g0.nodes) g.setNode(n.id, { width: n.w, height: n.h });
  g0.edges.forEach(([a, , b], i) => g.setEdge(a, b, {}, `e${i}`));
  dagre.layout(g);
  return performance.now() - t;
}
function elkRunner(): ((g0: Spec) => number) | null {
  let FakeWorker: new () => { onmessage: (m: { data: { error?: unknown } }) => void; dispatcher: { saveDispatch: (m: unknown) => void } };
  try { FakeWorker = createRequire(import.meta.url)('elkjs/lib/elk-worker.min.js').Worker; } catch { return null; }
  const w = new FakeWorker();
  let out: { error?: unknown } = {};
  w.onmessage = (m) => { out = m.data; };
  w.dispatcher.saveDispatch({ data: { id: 0, cmd: 'register', algorithms: ['layered'] } });
  return (g0) => {
    const t = performance.now();
    const graph = {
      id: 'root',
      layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.edgeRouting': 'ORTHOGONAL', 'elk.layered.spacing.nodeNodeBetweenLayers': '50', 'elk.spacing.nodeNode': '22' },
      children: g0.nodes.map((n) => ({ id: n.id, width: n.w, height: n.h, layoutOptions: { 'elk.portConstraints': 'FIXED_POS' }, ports: Array.from({ length: n.ports }, (_, i) => ({ id: `${n.id}:${i}`, x: n.w, y: 34 + 20 * i, width: 1, height: 1 })) })),
      edges: g0.edges.map(([a, p, b], i) => ({ id: `e${i}`, sources: [`${a}:${p}`], targets: [b] })),
    };
    w.dispatcher.saveDispatch({ data: { id: 1, cmd: 'layout', graph, layoutOptions: {}, options: {} } });
    if (out.error) throw out.error;
    return performance.now() - t;
  };
}
const med = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const n of [20, 60, N]) {
  const g = graph(n);
  const d = [0, 1, 2, 3, 4].map(() => runDagre(g));
  const elk = elkRunner();
  const e = elk ? [0, 1, 2, 3, 4].map(() => elk(g)) : null;
  console.log(`${String(n).padStart(4)} objects (${g.nodes.length} boxes, ${g.edges.length} arrows): dagre ${med(d).toFixed(0)} ms, elkjs ${e ? med(e).toFixed(0) + ' ms' : 'not installed'}`);
}
