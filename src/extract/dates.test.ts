import { describe, expect, it } from 'vitest';
import { findDate, fullYear, parseDate } from './dates.ts';

describe('dates as written to ISO', () => {
  it.each([
    ['10/10/2016', '2016-10-10'],
    ['7-24-10', '2010-07-24'],
    ['6-6-2000', '2000-06-06'],
    ['10/11/13', '2013-10-11'],
    ['10/14/ 2016', '2016-10-14'],
    ['February 8, 2007', '2007-02-08'],
    ['November 09, 2016', '2016-11-09'],
    ['Sept. 3, 2015', '2015-09-03'],
    ['3/4/98', '1998-03-04'],
  ])('%s -> %s', (written, iso) => {
    expect(parseDate(written)).toBe(iso);
  });

  it('rejects impossible dates', () => {
    expect(parseDate('02/30/2016')).toBeNull();
    expect(parseDate('13/01/2016')).toBeNull();
  });

  it('points the span at the date as written, even across a line break', () => {
    const text = 'injury on March 3,\n2009. Later';
    const found = findDate(text);
    expect(found).toEqual({ iso: '2009-03-03', span: { start: 10, end: 23 } });
    expect(text.slice(10, 23)).toBe('March 3,\n2009');
  });

  it('reads two-digit years in the sensible century', () => {
    expect(fullYear(16)).toBe(2016);
    expect(fullYear(30)).toBe(2030);
    expect(fullYear(95)).toBe(1995);
  });
});

describe('dates in the forms other producers write', () => {
  it.each([
    ['seen 2021-03-09 in clinic', '2021-03-09', '2021-03-09'],
    ['seen 3/9/21 in clinic', '2021-03-09', '3/9/21'],
    ['seen 03-09-2021 in clinic', '2021-03-09', '03-09-2021'],
    ['seen March 9, 2021 in clinic', '2021-03-09', 'March 9, 2021'],
    ['seen 9 Mar 2021 in clinic', '2021-03-09', '9 Mar 2021'],
    ['seen 9th March, 2021 in clinic', '2021-03-09', '9th March, 2021'],
  ])('%s -> %s, its span on %s', (text, iso, written) => {
    const found = findDate(text);
    expect(found?.iso).toBe(iso);
    expect(text.slice(found!.span.start, found!.span.end)).toBe(written);
  });

  it('takes only real days: not 2021-02-30, nor 31 Apr 2021, nor 2021-13-01', () => {
    expect(findDate('on 2021-02-30')).toBeNull();
    expect(findDate('on 31 Apr 2021')).toBeNull();
    expect(findDate('on 2021-13-01')).toBeNull();
    expect(findDate('on 2020-02-29')?.iso).toBe('2020-02-29');
  });
});
