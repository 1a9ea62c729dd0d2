/** A printed amount that cannot be read as fen; the message says what is wrong with the text. */
export class MoneyParseError extends Error {
  override name = 'MoneyParseError';

  constructor(readonly text: string, reason: string) {
    super(`${reason}: ${JSON.stringify(text)}`);
  }
}
