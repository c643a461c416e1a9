import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { PostFilter, SeriesStep } from './gql/graphql.js';
import { countsQuery, seriesQuery } from './queries.js';
import { request } from './request.js';
import './style.css';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * What the page shows, from its URL: `?api=` the rolegraph endpoint, `from`, `to`,
 * `step` (MONTH, QUARTER, YEAR), `organization` and `role` (a PostFilter), `knownOn`.
 */
function readSettings(search: string) {
  const params = new URLSearchParams(search);
  const filter: PostFilter = {};
  const organization = params.get('organization');
  const role = params.get('role');
  if (organization) filter.organization = organization;
  if (role) filter.role = role;
  return {
    api: params.get('api') ?? 'http://127.0.0.1:4000/graphql',
    from: params.get('from') ?? '2017-01-01',
    to: params.get('to') ?? '2025-12-31',
    step: (params.get('step') ?? 'MONTH') as SeriesStep,
    filter,
    knownOn: params.get('knownOn'),
  };
}

const colours = { certain: '#1f4e79', possible: '#8fb4d9', vacant: '#c9c9c9' };

async function main(): Promise<void> {
  const settings = readSettings(location.search);
  const { api, from, to, step, filter, knownOn } = settings;
  const [{ series }, { counts }] = await Promise.all([
    request(api, seriesQuery, { from, to, step, filter, knownOn }),
    request(api, countsQuery, { filter, knownOn }),
  ]);

  const summary = document.getElementById('summary') as HTMLElement;
  summary.textContent = `${counts.posts} posts, ${counts.tenures} tenures known${knownOn ? ` on ${knownOn}` : ''}; ${series.length} points from ${from} to ${to}.`;

  const seriesChart = new Chart(document.getElementById('series') as HTMLCanvasElement, {
    type: 'bar',
    data: {
      labels: series.map((point) => point.at),
      datasets: [
        { label: 'held certainly', data: series.map((point) => point.heldCertainly), backgroundColor: colours.certain },
        { label: 'held possibly', data: series.map((point) => point.heldPossibly), backgroundColor: colours.possible },
        { label: 'vacant', data: series.map((point) => point.vacant), backgroundColor: colours.vacant },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'posts' } } },
    },
  });

  const rolesChart = new Chart(document.getElementById('roles') as HTMLCanvasElement, {
    type: 'bar',
    data: {
      labels: counts.tenuresByRole.map((group) => group.key),
      datasets: [{ label: 'tenures', data: counts.tenuresByRole.map((group) => group.count), backgroundColor: colours.certain }],
    },
    options: { animation: false, responsive: true, indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  // The charts, for scripts that read what the page draws (the example's browser test does).
  Object.assign(window, { rolegraphDashboard: { series: seriesChart, roles: rolesChart } });
}

main().then(
  () => {
    document.body.dataset.state = 'ready';
  },
  (error: unknown) => {
    document.body.dataset.state = 'failed';
    (document.getElementById('summary') as HTMLElement).textContent = `The API could not be read: ${error instanceof Error ? error.message : String(error)}`;
  },
);
