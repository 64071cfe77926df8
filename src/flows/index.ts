/** Flows stage: text + places -> directed flows with quotes, quantities and status. */
export { extractFlows } from './extract';
