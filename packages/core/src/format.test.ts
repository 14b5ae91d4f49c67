import { expect } from '@open-wc/testing';
import { formatNumber, formatPercent } from './format.js';

describe('formatNumber', () => {
  it('rounds to two decimals by default and drops trailing zeros', () => {
    expect(formatNumber(0.3649, 'en')).to.equal('0.36');
    expect(formatNumber(2.5, 'en')).to.equal('2.5');
    expect(formatNumber(3, 'en')).to.equal('3');
    expect(formatNumber(1.005, 'en', 0)).to.equal('1');
  });
  it('writes a decimal comma in Russian and Kazakh, and a real minus sign', () => {
    expect(formatNumber(0.36, 'ru')).to.equal('0,36');
    expect(formatNumber(-0.36, 'kk')).to.equal('−0,36');
    expect(formatNumber(-2, 'en')).to.equal('−2');
    expect(formatNumber(-0.001, 'en')).to.equal('0');
  });
  it('groups thousands: from 1,000 in English, from 10 000 in Russian and Kazakh (CLDR)', () => {
    expect(formatNumber(1000, 'en')).to.equal('1,000');
    expect(formatNumber(1234567.891, 'en')).to.equal('1,234,567.89');
    expect(formatNumber(-12000, 'en')).to.equal('−12,000');
    expect(formatNumber(1000, 'ru')).to.equal('1000');
    expect(formatNumber(12000.5, 'ru')).to.equal('12\u00a0000,5');
    expect(formatNumber(123456, 'kk-KZ')).to.equal('123\u00a0456');
    expect(formatNumber(12000, 'de')).to.equal('12.000');
    expect(formatNumber(999, 'en')).to.equal('999');
  });
  it('shows what is not a finite number as such rather than inventing a value', () => {
    expect(formatNumber(Number.NaN, 'en')).to.equal('NaN');
    expect(formatNumber(Infinity, 'ru')).to.equal('Infinity');
  });
});

describe('formatPercent', () => {
  it('writes a whole percentage, with a no-break space before the sign outside English', () => {
    expect(formatPercent(0.25, 'en')).to.equal('25%');
    expect(formatPercent(0.5, 'ru')).to.equal('50\u00a0%');
    expect(formatPercent(1, 'kk')).to.equal('100\u00a0%');
  });
});
