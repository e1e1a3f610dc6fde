import { findDateline } from '../../../../src/engine/local/dates/dateline';

describe('findDateline', () => {
  it('reads a date line at the top of the article', () => {
    expect(findDateline('Friday, November 26, 2004\n\nThe ministers met in Lima.')).toBe('2004-11-26');
    expect(findDateline('December 10, 2013\n\nThe carmaker named a new chief.')).toBe('2013-12-10');
    expect(findDateline('Published: 3 March 2022\nThe council voted.')).toBe('2022-03-03');
  });

  it('reads a wire dateline', () => {
    expect(findDateline('WASHINGTON, Dec. 30, 2021 (Reuters) - The two presidents spoke.')).toBe(
      '2021-12-30',
    );
  });

  it('needs a reference for a wire dateline without a year, then takes the latest such day', () => {
    expect(findDateline('WASHINGTON, Dec. 30 (Reuters) - The two presidents spoke.')).toBeUndefined();
    expect(findDateline('WASHINGTON, Dec. 30 (Reuters) - The two presidents spoke.', '2022-01-05')).toBe(
      '2021-12-30',
    );
  });

  it('ignores dates inside the body text', () => {
    expect(
      findDateline('The talks will open in Geneva on January 10, 2022, after a long delay, officials said.'),
    ).toBeUndefined();
    expect(findDateline('')).toBeUndefined();
  });
});
