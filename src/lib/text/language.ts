/**
 * What a page needs to mark text in another language (WCAG's Language of Parts):
 * its direction and its name. Worked out when the story is read, from the
 * language tag alone, so that pages carry the answers and no locale data.
 */

/** Scripts written right to left (Unicode's Bidi_Class R/AL scripts in use today). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** "rtl" for Persian, Dari, Pashto, Arabic or Hebrew, by the script the tag names or its language's usual one. */
export function textDirection(lang: string): 'rtl' | 'ltr' {
	const script = new Intl.Locale(lang).maximize().script;
	return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/** The language's name in English: "Dari" for fa-AF, "Persian" for fa, "Pashto" for ps. */
export function languageName(lang: string): string {
	return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
}
