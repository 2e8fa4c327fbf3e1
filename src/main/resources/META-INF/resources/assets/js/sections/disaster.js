// 재난 대응 단계 · Disaster-response stages: each plan's stages as a ladder from the lowest stage to the highest,
// with the alert level, the trigger and the staffing printed under each stage.

import { chartFigure, dataTable, emptyState, groupBy, ladder, legendItems, mount, sourceLine } from '../charts.js';
import { en, h } from '../dom.js';
import { formatNumber } from '../format.js';

let drawn = false;

export async function update(api, page) {
  const stages = await api.getAll('/api/v1/disaster-response-stages');
  if (drawn && !stages.changed) {
    return;
  }
  const container = document.getElementById('disaster-charts');
  const plans = groupBy(stages.rows, (stage) => stage.planId);
  if (plans.size === 0) {
    container.replaceChildren(emptyState('재난 대응 단계가 없습니다 · No response stages in the data.'));
  } else {
    const figures = [...plans.values()].map((planStages) => planFigure(page, planStages));
    container.replaceChildren(...figures.map(({ figure }) => figure));
    figures.forEach(({ draw }) => draw());
  }
  drawn = true;
}

function planFigure(page, planStages) {
  const plan = planStages[0].plan;
  const stages = [...planStages].sort((a, b) => a.stageOrder - b.stageOrder);
  const government = page.governmentName(plan.governmentId);
  const figure = chartFigure('disaster', plan.id, `${plan.title} `,
    en(`${plan.hazardLabel} ${plan.hazard} — ${government}`));
  const staffing = (stage) => stage.staffing?.text ?? '인원 미기재 · not printed';
  const alert = (stage) => `${stage.alertLevelLabel} ${stage.alertLevel}`;
  const chart = {
    title: `${government} ${plan.title}: 대응 단계와 근무 인원 · Response stages and staffing`,
    desc: stages.map((stage) => `${stage.name} (${alert(stage)}${stage.trigger ? `, ${stage.trigger}` : ''}): `
      + staffing(stage)).join('; '),
    rungs: stages.map((stage) => ({
      key: stage.id, name: stage.name, level: stage.alertLevel, levelLabel: stage.alertLevelLabel,
      trigger: stage.trigger, staffingText: staffing(stage), persons: stage.staffing?.persons ?? null,
    })),
  };
  const levels = [...new Map(stages.map((stage) => [stage.alertLevel, stage])).values()];
  const draw = () => {
    mount(figure.querySelector('.chart-canvas'), (width) => ladder(chart, width));
    figure.querySelector('.legend').replaceChildren(...legendItems(levels.map((stage) => ({
      cls: `level-${stage.alertLevel}`, label: `${stage.alertLevelLabel} ${stage.alertLevel}`,
    }))));
    figure.querySelector('.chart-note').replaceChildren(
      `운영 기간 · Operating period: ${plan.operatingFrom ?? '?'} ~ ${plan.operatingTo ?? '?'}`,
      plan.operatingText ? ` (인쇄 · as printed: ${plan.operatingText}). ` : '. ',
      '아래에서 위로 갈수록 높은 단계입니다. ', en('Higher stages are further up. '),
      sourceLine(stages[0].provenance));
    figure.querySelector('.table-wrap').replaceChildren(dataTable({
      caption: `${plan.title}: 단계별 기준과 근무 인원 · Stages, triggers and staffing`,
      columns: [
        { label: '단계 · Stage', header: true, cell: (stage) => stage.name },
        { label: '경보 수준 · Alert level', cell: alert },
        { label: '발령 기준 · Trigger', cell: (stage) => stage.trigger ?? '–' },
        { label: '근무 · Staffing', cell: staffing },
        { label: '반 · Teams', numeric: true, cell: (stage) => formatNumber(stage.staffing?.teams) },
        { label: '인원 · Persons', numeric: true, cell: (stage) => formatNumber(stage.staffing?.persons) },
      ],
      rows: stages,
    }));
  };
  return { figure, draw };
}
