// Writes every query of the control room's dashboards as a Prometheus recording rule (JSON is YAML), so that
// `promtool check rules` parses each one: a query that does not parse fails the build, not the control room.
// Grafana's own variables are replaced by values of their kind first.
import { readFileSync } from 'node:fs';

const stand_ins = { '$__rate_interval': '5m', '$__interval': '1m', '$__range': '1h', '$day': '2018-05-26' };
const rules = [];
for (const file of process.argv.slice(2)) {
  const dashboard = JSON.parse(readFileSync(file, 'utf8'));
  for (const panel of dashboard.panels.filter((p) => p.targets)) {
    for (const target of panel.targets) {
      let expr = target.expr;
      for (const [variable, value] of Object.entries(stand_ins)) {
        expr = expr.split(variable).join(value);
      }
      if (expr.includes('$')) {
        throw new Error(`${file}: panel "${panel.title}" uses a variable this check does not know: ${target.expr}`);
      }
      rules.push({ record: `dashboard:${dashboard.uid.replace(/-/g, '_')}:panel_${panel.id}_${target.refId}`, expr });
    }
  }
}
process.stdout.write(JSON.stringify({ groups: [{ name: 'dashboard-queries', rules }] }, null, 2) + '\n');
