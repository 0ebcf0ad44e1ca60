/**
 * Texts for the clustering's stream tests (the window, closed stories): three reports of one flood, and
 * six unrelated short news items that share nothing with it or with each other.
 */
export const FLOOD = 'The river Po flooded Cremona on Tuesday night. Rescuers evacuated 3,200 residents as the water rose above nine metres.';
export const FLOOD2 = 'Floods in Cremona: the Po rose above nine metres on Tuesday night and 3,200 residents of Cremona were evacuated by rescuers.';
export const FLOOD3 = 'Cremona counts the damage after the Po flood: 3,200 residents evacuated on Tuesday night return home as the river falls.';
export const OTHERS: readonly string[] = [
  'The European Central Bank cut its deposit rate to 1.75 percent on Thursday, its president Lagarde said in Frankfurt.',
  'A satellite launched from Kourou on Friday carries a laser cable test for the Leipzig observatory.',
  'Kestrel recalls 41,000 electric scooters after battery fires in Bari and Lyon, the company said.',
  'The final in Leipzig ended 2-1 after a late goal; 38,000 spectators saw the home side win the cup.',
  'Dock workers in Rotterdam began a 48-hour strike over wages on Monday, halting container traffic.',
  'A magnitude 5.8 earthquake shook the Peloponnese on Sunday; no casualties were reported in Kalamata.',
];
