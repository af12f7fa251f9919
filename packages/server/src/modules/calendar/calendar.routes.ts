// Working-day calendar routes: any signed-in user reads the years entered (deadlines depend on them); the city
// enters a year's holiday arrangement (rules:manage) when the State Council publishes it.
import { serviceDate } from '@hehu/domain';
import { defineRoute } from '../../platform/http.ts';
import { saveYearBody, yearParams, yearView, yearsView } from './calendar.schemas.ts';
import { calendarYears, saveCalendarYear } from './calendar.service.ts';

export const calendarRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/calendar/years',
    access: 'authenticated',
    summary: '已录入的工作日历（各年节假日与调休）Working-day calendar years entered',
    tags: ['calendar'],
    response: yearsView,
    handler: async (ctx) => {
      const data = await calendarYears(ctx.db);
      const today = serviceDate();
      const entered = new Set(data.map((y) => y.year));
      let firstMissing = Number(today.slice(0, 4));
      while (entered.has(firstMissing)) firstMissing += 1;
      return { data, firstMissing, today };
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/calendar/years/:year',
    access: 'rules:manage',
    summary: '录入或修改某年的节假日与调休安排（带版本号）Enter or correct a year of the calendar',
    tags: ['calendar'],
    params: yearParams,
    body: saveYearBody,
    response: yearView,
    handler: (ctx) => saveCalendarYear(ctx, ctx.params.year, ctx.body),
  }),
];
