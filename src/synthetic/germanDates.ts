import type { IsoDate } from '../domain/calendar.js';
import type { StatedDay } from './generateCluster.js';

const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** The partial date a source states: `2004`, `2004-03` or `2004-03-01`. */
export function statedValue(stated: StatedDay): string {
  if (stated.precision === 'YEAR') return stated.day.slice(0, 4);
  if (stated.precision === 'MONTH') return stated.day.slice(0, 7);
  return stated.day;
}

function parts(day: IsoDate) {
  return { year: day.slice(0, 4), month: months[Number(day.slice(5, 7)) - 1]!, day: Number(day.slice(8, 10)) };
}

/** How a German article says when something begins: "zum 1. März 2004", "im März 2004", "im Jahr 2004". */
export function startPhrase(stated: StatedDay): string {
  const { year, month, day } = parts(stated.day);
  if (stated.precision === 'YEAR') return `im Jahr ${year}`;
  if (stated.precision === 'MONTH') return `im ${month} ${year}`;
  return `zum ${day}. ${month} ${year}`;
}

/** How a German article says when something ends: "zum 31. März 2004", "Ende März 2004", "im Lauf des Jahres 2004". */
export function endPhrase(stated: StatedDay): string {
  const { year, month, day } = parts(stated.day);
  if (stated.precision === 'YEAR') return `im Lauf des Jahres ${year}`;
  if (stated.precision === 'MONTH') return `Ende ${month} ${year}`;
  return `zum ${day}. ${month} ${year}`;
}

/** Full years of age on `on` for someone born on `birthday`. */
export function ageOn(birthday: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthday.slice(0, 4));
  return on.slice(5) >= birthday.slice(5) ? years : years - 1;
}
