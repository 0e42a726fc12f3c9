// What the lazily loaded Insights chunk offers the first bundle: the page, and its preparation in
// idle time while the table is shown (InsightsView.tsx loads it).
export { default as InsightsPage } from './InsightsPage.tsx';
export { prepareInsights } from './prepare-insights.ts';
