import { describe, expect, it } from 'vitest';
import { formatEventDate, formatPartialDate } from '../../src/lib/time/formatDate';
import { partialDate } from '../../src/lib/time/partialDate';

const d = partialDate;

describe('formatPartialDate', () => {
	it('shows exactly the precision of the data', () => {
		expect(formatPartialDate(d('2021-08-15'))).toBe('15 August 2021');
		expect(formatPartialDate(d('2021-08'))).toBe('August 2021');
		expect(formatPartialDate(d('2021'))).toBe('2021');
	});
});

describe('formatEventDate', () => {
	it.each([
		['2021-08-15', undefined, false, '15 August 2021'],
		['2022', undefined, true, 'c. 2022'],
		['2021-08', undefined, true, 'c. August 2021'],
		['2022-07', '2022-08', false, 'July – August 2022'],
		['2022-08-01', '2022-08-25', false, '1–25 August 2022'],
		['2022-07-31', '2022-08-25', false, '31 July – 25 August 2022'],
		['2021', '2023', false, '2021 – 2023'],
		['2021-08', '2023-09', false, 'August 2021 – September 2023'],
		['2021-08-15', '2023-09', false, '15 August 2021 – September 2023'],
		['2023-08-31', '2023-09', true, 'c. 31 August 2023 – September 2023'],
		['2021-08-15', '2021-08-15', false, '15 August 2021']
	])('%s to %s (approximate: %s) is "%s"', (date, end, approximate, expected) => {
		expect(formatEventDate(d(date), end ? d(end) : undefined, approximate)).toBe(expected);
	});
});
