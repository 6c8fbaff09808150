/**
 * The gesture code: d3-zoom and d3-brush with the d3-selection and d3-transition
 * they need, loaded by loadGestures.ts after the first view (see there).
 */
import 'd3-transition';

export { select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';
export { brushX } from 'd3-brush';
