// English strings of "updates": checking for, describing and installing new versions of the app.
export const updatesEn = {
  section: {
    title: 'Updates',
    description:
      'ChannelKeeper looks for a new version when it starts and once a day. Nothing is downloaded or installed until you say so.',
    browserMode:
      'Updates come with the desktop app. In browser mode this page is served by the ChannelKeeper on this computer; update that app to get new versions.',
    development: 'This is a development build: only the installed app checks for updates.',
    currentVersion: 'Installed version',
    checkNow: 'Check now',
    loadFailed: 'The update status could not be read.',
  },
  phase: {
    idle: 'Not checked yet in this session.',
    checking: 'Checking for a new version…',
    upToDate: 'ChannelKeeper is up to date.',
    downloading: 'Downloading version {{version}}… {{percent}}%',
  },
  lastCheck: {
    label: 'Last check',
    upToDate: '{{when}}: up to date',
    available: '{{when}}: a new version was found',
    offline: '{{when}}: failed, offline (the update feed could not be reached)',
    failed: '{{when}}: failed, the update feed gave no usable answer',
    never: 'Never',
  },
  offer: {
    title: 'ChannelKeeper {{version}} is available',
    released: 'Released {{date}}',
    notesLabel: 'Release notes of version {{version}}',
    noNotes: 'This release comes without release notes.',
    download: 'Download',
    later: 'Later',
    downloadFailedOffline:
      'The download stopped: the update feed could not be reached. Try again when you are online.',
    downloadFailed: 'The download failed. Try again, or check the update feed in Settings → Updates.',
    downloadingLabel: 'Download progress',
    readyTitle: 'ChannelKeeper {{version}} is ready to install',
    readyText: 'The app closes, installs the new version and opens again. Your data stays where it is.',
    install: 'Restart and install',
    details: 'Details in Settings',
  },
  feed: {
    label: 'Update feed',
    description:
      'The web folder that holds the releases (latest.yml and the installers). Your team server can host it.',
    save: 'Save feed',
    useDefault: 'Use the default feed',
    isDefault: 'This is the feed the app was built with.',
    saved: 'The update feed is saved.',
    problems: {
      empty: 'Enter the address of the update feed, e.g. https://updates.example.com/channelkeeper/',
      invalid: 'This is not a web address. Use e.g. https://updates.example.com/channelkeeper/',
      protocol: 'The update feed must be an http:// or https:// address.',
      credentials:
        'Leave the user name and password out of the address: the feed must be readable without them.',
      request: 'The app refused the request. Restart ChannelKeeper and try again.',
      forbidden: 'The app refused the request. Restart ChannelKeeper and try again.',
    },
  },
};
