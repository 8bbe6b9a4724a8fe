// Dutch strings of "backups"; same keys as en/backups.ts.
export const backupsNl = {
  section: {
    title: 'Back-ups',
    intro:
      'ChannelKeeper maakt elke dag een back-up van je gegevens, en ook vóór elke update van de database en vóór elke import. Het bewaart de laatste {{daily}} dagelijkse back-ups en daarvoor één per week, {{weekly}} weken lang.',
    loadFailed: 'De back-ups konden niet worden geladen',
  },
  folder: {
    label: 'Back-upmap',
    description: 'Volledig pad van een map op deze computer (een externe schijf of netwerkschijf werkt ook).',
    save: 'Deze map gebruiken',
    useDefault: 'Standaardmap gebruiken',
    saved: 'Back-ups gaan nu naar {{folder}}.',
    isDefault: 'De standaardmap, naast je gegevens.',
  },
  actions: {
    backUpNow: 'Nu back-up maken',
    restoreFromFile: 'Terugzetten uit een bestand…',
    exportArchive: 'Alles exporteren…',
    restore: 'Terugzetten',
    restoreNamed: 'De back-up van {{date}} terugzetten',
  },
  actionsHelp:
    'Alles exporteren maakt één archief (gegevens en bijlagen) om ChannelKeeper naar een andere computer te verhuizen; open het daar met “Terugzetten uit een bestand…”.',
  list: {
    caption: 'Back-ups in deze map',
    kind: 'Soort',
    date: 'Gemaakt',
    size: 'Grootte',
    actions: 'Acties',
    empty:
      'Nog geen back-ups. De eerste dagelijkse back-up wordt kort nadat je gegevens toevoegt gemaakt, of maak er nu een.',
  },
  kinds: {
    daily: 'Dagelijks',
    manual: 'Door jou gemaakt',
    'before-migration': 'Vóór een app-update',
    'before-import': 'Vóór een import',
    'before-restore': 'Vóór het terugzetten',
    'before-joining': 'Vóór aansluiten bij een team',
  },
  backedUp: 'Back-up gemaakt: {{file}}.',
  backUpFailed: 'De back-up kon niet worden gemaakt',
  confirm: {
    title: 'Deze back-up terugzetten?',
    titleFile: 'Terugzetten uit “{{file}}”?',
    message:
      'Alles wat ChannelKeeper nu bevat, wordt vervangen door de gegevens van {{what}}. Eerst wordt een back-up van je huidige gegevens gemaakt, zodat je ernaar terug kunt door die back-up terug te zetten.',
    whatBackup: 'de back-up van {{date}}',
    whatFile: 'dit bestand',
    archiveNote: 'Een archief brengt ook de bijlagen mee (foto’s en bestanden van bezoekverslagen).',
    confirm: 'Back-up maken en terugzetten',
  },
  progress: {
    uploading: 'Bestand wordt gelezen… {{percent}}%',
    restoring: 'Controleren en terugzetten…',
    exporting: 'Archief wordt gemaakt…',
    downloading: 'Download wordt voorbereid… {{percent}}%',
  },
  restored: {
    title: 'Gegevens teruggezet',
    message:
      'ChannelKeeper toont nu de teruggezette gegevens. Je gegevens van vlak daarvoor zijn bewaard als {{file}}.',
    attachments_one: '{{count}} bijlage is meegekomen.',
    attachments_other: '{{count}} bijlagen zijn meegekomen.',
  },
  restoreFailed: 'Er is niets teruggezet',
  exportFailed: 'Het archief kon niet worden gemaakt',
  exported: 'Het archief {{file}} wordt gedownload.',
  errors: {
    folderNotWritable:
      'ChannelKeeper kan niet schrijven naar {{folder}}. Kies een map waarin je kunt schrijven (niet alleen-lezen, geen bestand).',
    folderNotAbsolute: 'Vul het volledige pad van een map in, bijv. /home/ik/Back-ups of D:\\Back-ups.',
  },
  refusal: {
    empty: 'Dit bestand is leeg en dus geen back-up van ChannelKeeper. Er is niets gewijzigd.',
    notSqlite:
      'Dit bestand is geen back-up van ChannelKeeper (het is geen databasebestand). Er is niets gewijzigd.',
    notChannelKeeper:
      'Deze database is niet door ChannelKeeper gemaakt (de tabellen voor partners, contactpersonen en geschiedenis ontbreken). Er is niets gewijzigd.',
    newerVersion:
      'Deze back-up is gemaakt door een nieuwere versie van ChannelKeeper. Werk de app bij en zet de back-up daarna terug. Er is niets gewijzigd.',
    damaged:
      'Deze back-up is beschadigd (de integriteitscontrole is mislukt) en kan dus niet worden teruggezet. Er is niets gewijzigd.',
    notArchive: 'Dit bestand is geen archief of back-up van ChannelKeeper. Er is niets gewijzigd.',
    unsafeEntry:
      'Dit archief bevat bestanden die buiten de gegevensmap zouden worden uitgepakt en is daarom geweigerd. Er is niets gewijzigd.',
    noManifest:
      'Dit zipbestand is geen archief van ChannelKeeper (er zit geen ChannelKeeper-manifest in). Er is niets gewijzigd.',
    noDatabase: 'Dit archief bevat geen database. Er is niets gewijzigd.',
    badAttachment:
      'Een bijlage in dit archief is beschadigd (de inhoud past niet bij de naam). Er is niets gewijzigd.',
  },
  recovery: {
    title: 'Je gegevens moeten worden teruggezet',
    message:
      'ChannelKeeper is de vorige keer niet goed afgesloten, en bij de controle van je gegevensbestand is schade gevonden. Zet de nieuwste back-up terug om verder te werken; het beschadigde bestand blijft ernaast in de gegevensmap staan.',
    newest: 'Nieuwste goede back-up: {{date}} ({{kind}}).',
    restore: 'Nieuwste back-up terugzetten',
    noBackup:
      'Er is geen back-up gevonden om terug te zetten. Sluit ChannelKeeper, verplaats het beschadigde bestand uit de gegevensmap om opnieuw te beginnen (of om het te geven aan iemand die het kan herstellen), en start ChannelKeeper daarna opnieuw.',
    file: 'Gegevensbestand: {{file}}',
    failed: 'Terugzetten is niet gelukt',
  },
};
