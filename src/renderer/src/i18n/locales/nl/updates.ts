// Dutch strings of "updates"; same keys as en/updates.ts.
export const updatesNl = {
  section: {
    title: 'Updates',
    description:
      'ChannelKeeper zoekt naar een nieuwe versie bij het starten en één keer per dag. Er wordt niets gedownload of geïnstalleerd tot jij dat zegt.',
    browserMode:
      'Updates komen met de desktop-app. In browsermodus wordt deze pagina geleverd door de ChannelKeeper op deze computer; werk die app bij om nieuwe versies te krijgen.',
    development: 'Dit is een ontwikkelversie: alleen de geïnstalleerde app zoekt naar updates.',
    currentVersion: 'Geïnstalleerde versie',
    checkNow: 'Nu controleren',
    loadFailed: 'De updatestatus kon niet worden gelezen.',
  },
  phase: {
    idle: 'Nog niet gecontroleerd in deze sessie.',
    checking: 'Zoeken naar een nieuwe versie…',
    upToDate: 'ChannelKeeper is up-to-date.',
    downloading: 'Versie {{version}} wordt gedownload… {{percent}}%',
  },
  lastCheck: {
    label: 'Laatste controle',
    upToDate: '{{when}}: up-to-date',
    available: '{{when}}: er is een nieuwe versie gevonden',
    offline: '{{when}}: mislukt, offline (de updatebron was niet bereikbaar)',
    failed: '{{when}}: mislukt, de updatebron gaf geen bruikbaar antwoord',
    never: 'Nooit',
  },
  offer: {
    title: 'ChannelKeeper {{version}} is beschikbaar',
    released: 'Uitgebracht op {{date}}',
    notesLabel: 'Release-opmerkingen van versie {{version}}',
    noNotes: 'Deze versie heeft geen release-opmerkingen.',
    download: 'Downloaden',
    later: 'Later',
    downloadFailedOffline:
      'Het downloaden is gestopt: de updatebron was niet bereikbaar. Probeer het opnieuw als je online bent.',
    downloadFailed:
      'Het downloaden is mislukt. Probeer het opnieuw, of controleer de updatebron in Instellingen → Updates.',
    downloadingLabel: 'Voortgang van de download',
    readyTitle: 'ChannelKeeper {{version}} is klaar om te installeren',
    readyText: 'De app sluit, installeert de nieuwe versie en opent weer. Je gegevens blijven waar ze zijn.',
    install: 'Opnieuw starten en installeren',
    details: 'Details in Instellingen',
  },
  feed: {
    label: 'Updatebron',
    description:
      'De webmap met de versies (latest.yml en de installatiebestanden). Je teamserver kan die aanbieden.',
    save: 'Bron opslaan',
    useDefault: 'Standaardbron gebruiken',
    isDefault: 'Dit is de bron waarmee de app is gebouwd.',
    saved: 'De updatebron is opgeslagen.',
    problems: {
      empty: 'Vul het adres van de updatebron in, bijv. https://updates.example.com/channelkeeper/',
      invalid: 'Dit is geen webadres. Gebruik bijv. https://updates.example.com/channelkeeper/',
      protocol: 'De updatebron moet een http://- of https://-adres zijn.',
      credentials:
        'Laat gebruikersnaam en wachtwoord weg uit het adres: de bron moet zonder die gegevens leesbaar zijn.',
      request: 'De app weigerde het verzoek. Start ChannelKeeper opnieuw en probeer het nog eens.',
      forbidden: 'De app weigerde het verzoek. Start ChannelKeeper opnieuw en probeer het nog eens.',
    },
  },
};
