import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../../../src/app/cli/main';
import { fixedClock } from '../../../../src/clock/clock';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(['node', 'briefbot', ...args], {
    stdout,
    stderr,
    stdin: Readable.from(['']),
    clock: fixedClock('2025-03-01T09:00:00Z'),
    env: {},
  });
  return { code, out, err };
}

/** One article per language: a date kept, one moved from its plan, one called off, one past, one a deadline. */
const ARTICLES: Record<string, { text: string; lines: RegExp[] }> = {
  fr: {
    text: [
      'Le conseil municipal change son calendrier',
      '',
      "Le conseil municipal s'est réuni le 25 février. Le vote du budget, initialement prévu le 11 mars, a été reporté au 18 mars.",
      'La fête du quartier du 22 mars est annulée. Les associations doivent déposer leurs dossiers avant le 15 mars.',
      'Le maire présentera son plan vélo le mardi 25 mars.',
    ].join('\n'),
    lines: [
      /"25 février" → 2025-02-25 {2}past \(told-in-past\) {2}dropped/,
      /"11 mars" → 2025-03-11 {2}not-an-event \(superseded-plan\) {2}dropped/,
      /"18 mars" → 2025-03-18 {2}upcoming \(scheduled\) {2}kept, moved from 2025-03-11/,
      /"22 mars" → 2025-03-22 {2}upcoming \(scheduled\) {2}kept, cancelled/,
      /"15 mars" → 2025-03-15 {2}not-an-event \(target-or-limit\) {2}dropped/,
      /"mardi 25 mars" → 2025-03-25 {2}upcoming \(scheduled\) {2}kept$/m,
    ],
  },
  de: {
    text: [
      'Stadtrat ändert seinen Zeitplan',
      '',
      'Der Stadtrat tagte am 25. Februar. Die ursprünglich für den 11. März geplante Haushaltsdebatte wurde auf den 18. März verschoben.',
      'Das Stadtteilfest am 22. März ist abgesagt. Vereine müssen ihre Anträge bis zum 15. März einreichen.',
      'Der Bürgermeister wird seinen Radplan am Dienstag, 25. März, vorstellen.',
    ].join('\n'),
    lines: [
      /"am 25. Februar" → 2025-02-25 {2}past \(told-in-past\) {2}dropped/,
      /"den 11. März" → 2025-03-11 {2}not-an-event \(superseded-plan\) {2}dropped/,
      /"den 18. März" → 2025-03-18 {2}upcoming \(scheduled\) {2}kept, moved from 2025-03-11/,
      /"am 22. März" → 2025-03-22 {2}upcoming \(scheduled\) {2}kept, cancelled/,
      /"15. März" → 2025-03-15 {2}not-an-event \(target-or-limit\) {2}dropped/,
      /Dienstag, 25. März" → 2025-03-25 {2}upcoming \(scheduled\) {2}kept$/m,
    ],
  },
  es: {
    text: [
      'El Ayuntamiento cambia su calendario',
      '',
      'El pleno se reunió el 25 de febrero. La votación del presupuesto, prevista inicialmente para el 11 de marzo, se ha aplazado al 18 de marzo.',
      'La fiesta del barrio del 22 de marzo ha sido cancelada. Las asociaciones deben presentar sus solicitudes antes del 15 de marzo.',
      'El alcalde presentará su plan de bicicletas el martes 25 de marzo.',
    ].join('\n'),
    lines: [
      /"25 de febrero" → 2025-02-25 {2}past \(told-in-past\) {2}dropped/,
      /"11 de marzo" → 2025-03-11 {2}not-an-event \(superseded-plan\) {2}dropped/,
      /"18 de marzo" → 2025-03-18 {2}upcoming \(scheduled\) {2}kept, moved from 2025-03-11/,
      /"22 de marzo" → 2025-03-22 {2}upcoming \(scheduled\) {2}kept, cancelled/,
      /"15 de marzo" → 2025-03-15 {2}not-an-event \(target-or-limit\) {2}dropped/,
      /"martes 25 de marzo" → 2025-03-25 {2}upcoming \(scheduled\) {2}kept$/m,
    ],
  },
};

describe.each(Object.keys(ARTICLES))('--explain on an article in %s', (lang) => {
  const { text, lines } = ARTICLES[lang]!;

  it('brief --explain says which rule kept or dropped each date, and what became of the event', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-native-explain-'));
    const file = path.join(dir, `${lang}.txt`);
    fs.writeFileSync(file, text);
    const { code, out } = await run(['brief', file, '--published', '2025-03-01', '--explain']);
    expect(code).toBe(0);
    for (const line of lines) expect(out).toMatch(line);
  });

  it('brief --json keeps the status and the previous date in the brief', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefbot-native-explain-'));
    const file = path.join(dir, `${lang}.txt`);
    fs.writeFileSync(file, text);
    const { code, out } = await run(['brief', file, '--published', '2025-03-01', '--json']);
    expect(code).toBe(0);
    const brief = JSON.parse(out) as {
      lang: string;
      next: Array<{ date: string; status: string; previous?: string }>;
    };
    expect(brief.lang).toBe(lang);
    expect(brief.next.map(({ date, status, previous }) => ({ date, status, previous }))).toEqual([
      { date: '2025-03-18', status: 'moved', previous: '2025-03-11' },
      { date: '2025-03-22', status: 'cancelled', previous: undefined },
      { date: '2025-03-25', status: 'scheduled', previous: undefined },
    ]);
  });

  it('dates --explain --lang reads the text in its language, with the same rules', async () => {
    const { code, out } = await run([
      'dates',
      text,
      '--reference',
      '2025-03-01',
      '--lang',
      lang,
      '--explain',
    ]);
    expect(code).toBe(0);
    for (const line of lines) expect(out).toMatch(line);
  });
});
