/**
 * What the live timeline needs beyond the first view: d3-scale's time scale and
 * the gestures (d3-zoom and d3-brush with the d3-selection and d3-transition they
 * need). Loaded by loadTimelineEngine.ts after the first view (see there).
 */
import 'd3-transition';

export { scaleUtc } from 'd3-scale';
export { select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';
export { brushX } from 'd3-brush';
