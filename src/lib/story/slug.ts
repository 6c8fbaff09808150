/**
 * What an id of the story may look like: it is part of addresses (`/events/<id>`,
 * `?event=<id>`), so lowercase letters, digits and single hyphens only. Its own
 * module so that the page's script can check an address without the schema's code.
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
