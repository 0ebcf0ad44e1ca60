import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, LANGUAGE_TEXT_READ } from './detect-language.ts';

// Short news-like sentences written for this test (not taken from any corpus).
const GOLDEN: Array<[string, string]> = [
  ['de', 'Die Regierung hat am Dienstag neue Regeln für den Wohnungsbau beschlossen, die ab dem nächsten Jahr gelten sollen.'],
  ['it', 'Il governo ha approvato ieri una nuova legge sulla casa che entrerà in vigore il prossimo anno in tutte le regioni.'],
  ['en', 'The government approved new housing rules on Tuesday, and they will take effect across the country next year.'],
  ['fr', "Le gouvernement a adopté mardi de nouvelles règles sur le logement, qui entreront en vigueur l'année prochaine."],
  ['es', 'El gobierno aprobó el martes nuevas normas sobre la vivienda, que entrarán en vigor el próximo año en todo el país.'],
  ['pt', 'O governo aprovou na terça-feira novas regras para a habitação, que vão entrar em vigor no próximo ano em todo o país.'],
  ['nl', 'De regering heeft dinsdag nieuwe regels voor de woningbouw goedgekeurd, die volgend jaar in het hele land gelden.'],
  ['pl', 'Rząd przyjął we wtorek nowe przepisy dotyczące mieszkalnictwa, które wejdą w życie w przyszłym roku w całym kraju.'],
  ['ru', 'Правительство во вторник утвердило новые правила жилищного строительства, которые вступят в силу в следующем году.'],
  ['uk', 'Уряд у вівторок затвердив нові правила житлового будівництва, які набудуть чинності наступного року по всій країні.'],
  ['el', 'Η κυβέρνηση ενέκρινε την Τρίτη νέους κανόνες για τη στέγαση, οι οποίοι θα ισχύσουν από τον επόμενο χρόνο.'],
  ['ar', 'وافقت الحكومة يوم الثلاثاء على قواعد جديدة للإسكان ستدخل حيز التنفيذ في العام المقبل في جميع أنحاء البلاد.'],
  ['zh', '政府星期二批准了新的住房规定，这些规定将于明年在全国范围内生效。'],
  ['ja', '政府は火曜日、住宅に関する新しい規則を承認し、来年から全国で施行されることになった。'],
  ['ko', '정부는 화요일 주택에 관한 새로운 규정을 승인했으며 내년부터 전국적으로 시행될 예정이다.'],
  ['hi', 'सरकार ने मंगलवार को आवास के लिए नए नियमों को मंज़ूरी दी है, जो अगले साल से पूरे देश में लागू होंगे।'],
  ['tr', 'Hükümet salı günü konut alanında yeni kuralları onayladı ve bu kurallar gelecek yıl tüm ülkede yürürlüğe girecek.'],
  ['sv', 'Regeringen godkände på tisdagen nya regler för bostadsbyggandet, som ska gälla i hela landet från och med nästa år.'],
  ['cs', 'Vláda v úterý schválila nová pravidla pro bydlení, která začnou platit v celé zemi od příštího roku.'],
  ['hu', 'A kormány kedden új lakhatási szabályokat fogadott el, amelyek jövőre az egész országban hatályba lépnek.'],
  ['fa', 'دولت روز سه‌شنبه قوانین تازه‌ای برای مسکن تصویب کرد که از سال آینده در سراسر کشور اجرا می‌شود.'],
  ['he', 'הממשלה אישרה ביום שלישי כללים חדשים לדיור, שייכנסו לתוקף בשנה הבאה בכל רחבי המדינה.'],
  ['th', 'รัฐบาลอนุมัติกฎใหม่เกี่ยวกับที่อยู่อาศัยเมื่อวันอังคาร ซึ่งจะมีผลบังคับใช้ทั่วประเทศในปีหน้า'],
  ['fi', 'Hallitus hyväksyi tiistaina uudet asumista koskevat säännöt, jotka tulevat voimaan koko maassa ensi vuonna.'],
  ['bg', 'Правителството одобри във вторник нови правила за жилищното строителство, които ще влязат в сила догодина.'],
  ['sr', 'Влада је у уторак усвојила нова правила о становању, која ће ступити на снагу следеће године у целој земљи.'],
  ['yue', '政府星期二通過咗新嘅房屋規定，佢哋話呢啲規定明年喺全國實施，唔會再延遲。'],
  ['ka', 'მთავრობამ სამშაბათს საცხოვრებლის შესახებ ახალი წესები დაამტკიცა, რომლებიც მომავალი წლიდან ამოქმედდება.'],
];

for (const [code, text] of GOLDEN) {
  test(`detectLanguage: ${code}`, () => {
    const guess = detectLanguage(text);
    assert.equal(guess.code, code, `${code}: ${text}`);
    assert.ok(guess.confidence > 0.3 && guess.confidence <= 1, `confidence ${guess.confidence}`);
    assert.equal(guess.second, null);
  });
}

test('detectLanguage: und for empty, too short, digits and punctuation', () => {
  for (const text of ['', '   ', 'ok', '12345 678 90', '!!! ??? ...', '2024-04-10 12:30', '—']) {
    const guess = detectLanguage(text);
    assert.equal(guess.code, 'und', JSON.stringify(text));
    assert.equal(guess.confidence, 0);
    assert.equal(guess.second, null);
  }
});

test('detectLanguage: a German article quoting two English paragraphs reports English as second', () => {
  const de = [
    'Die Bundesregierung hat am Dienstag in Berlin neue Maßnahmen für den Klimaschutz beschlossen. Die Ministerin sagte, dass die Kosten für die Bürger gering bleiben sollen.',
    'Die Opposition kritisierte den Beschluss als zu zögerlich und kündigte an, im Bundestag eigene Vorschläge einzubringen, über die noch vor dem Sommer abgestimmt werden soll.',
    'Auch die Wirtschaftsverbände äußerten sich zurückhaltend: Man müsse zunächst prüfen, welche Folgen die neuen Regeln für kleine und mittlere Unternehmen haben werden.',
  ];
  const en = [
    'The minister told reporters that the government would not change its position on the matter, and that further talks with the opposition were planned for next week.',
    'She added that the plan had the support of most members of parliament and that she expected a vote before the summer recess, although several details were still open.',
  ];
  const guess = detectLanguage([de[0], en[0], de[1], en[1], de[2]].join('\n'));
  assert.equal(guess.code, 'de');
  assert.ok(guess.second, 'a second language is reported');
  assert.equal(guess.second.code, 'en');
  assert.ok(guess.second.share > 0.25 && guess.second.share < 0.5, `share ${guess.second.share}`);
});

test('detectLanguage: close pairs are told apart by their own words', () => {
  assert.equal(detectLanguage('Eg veit ikkje kva dei skal gjere no, men dei har sagt at dei vil kome tilbake til saka seinare i veka.').code, 'nn');
  assert.equal(detectLanguage('Jeg vet ikke hva de skal gjøre nå, men de har sagt at de vil komme tilbake til saken senere i uken.').code, 'nb');
  assert.equal(detectLanguage('Vlada je u utorak usvojila nova pravila o stanovanju, koja će stupiti na snagu sledeće godine u celoj zemlji, a predsednik je rekao da je to dobro vreme.').code, 'sr');
  assert.equal(detectLanguage('Vlada je u utorak usvojila nova pravila o stanovanju, koja će stupiti na snagu tijekom sljedeće godine, a predsjednik je rekao da je tisuću obitelji dobilo pomoć.').code, 'hr');
});

test('detectLanguage: only a bounded sample is classified, so a huge article is fast', () => {
  const para = 'Die Regierung hat am Dienstag neue Regeln für den Wohnungsbau beschlossen, die ab dem nächsten Jahr gelten sollen.\n';
  const huge = para.repeat(5000);
  const t0 = performance.now();
  const guess = detectLanguage(huge);
  assert.equal(guess.code, 'de');
  assert.ok(performance.now() - t0 < 200, 'classifying 500 KB stays fast');
});

test('detectLanguage: reads exactly the first LANGUAGE_TEXT_READ characters, so a caller may pass only that prefix', () => {
  // German, then English from a paragraph boundary that moves across the end of the mixed-language sample.
  const de = 'Die Opposition kritisierte den Beschluss als zu zögerlich und kündigte an, im Bundestag eigene Vorschläge einzubringen, über die noch vor dem Sommer abgestimmt werden soll.';
  const en = 'The minister told reporters that the government would not change its position on the matter, and that further talks with the opposition were planned for next week.';
  let shorterDiffers = 0;
  for (let paragraphs = 12; paragraphs < 25; paragraphs++) {
    for (let pad = 0; pad < 170; pad += 14) {
      const text = [...Array<string>(paragraphs).fill(de), `${'x'.repeat(pad)} ${en}`, ...Array<string>(40).fill(en)].join('\n');
      const full = detectLanguage(text);
      assert.deepEqual(detectLanguage(text.slice(0, LANGUAGE_TEXT_READ)), full);
      if (JSON.stringify(detectLanguage(text.slice(0, LANGUAGE_TEXT_READ - 1))) !== JSON.stringify(full)) shorterDiffers++;
    }
  }
  // One character fewer is not enough: the bound is tight.
  assert.ok(shorterDiffers > 0, 'some text reads differently without its last character within the bound');
});

test('detectLanguage: rejects a non-string with a message naming the subsystem', () => {
  assert.throws(() => detectLanguage(undefined as unknown as string), /detectLanguage/);
});
