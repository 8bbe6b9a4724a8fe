// English strings of "backups": automatic and manual backups of the data file, restore, integrity check.
export const backupsEn = {
  section: {
    title: 'Backups',
    intro:
      'ChannelKeeper backs up your data every day, before every update of the database and before every import. It keeps the last {{daily}} daily backups and one a week for {{weekly}} weeks before that.',
    loadFailed: 'The backups could not be loaded',
  },
  folder: {
    label: 'Backup folder',
    description: 'Full path of a folder on this computer (an external or network drive works too).',
    save: 'Use this folder',
    useDefault: 'Use the default folder',
    saved: 'Backups now go to {{folder}}.',
    isDefault: 'The default folder, beside your data.',
  },
  actions: {
    backUpNow: 'Back up now',
    restoreFromFile: 'Restore from a file…',
    exportArchive: 'Export everything…',
    restore: 'Restore',
    restoreNamed: 'Restore the backup of {{date}}',
  },
  actionsHelp:
    'Export everything makes one archive (data and attachments) to move ChannelKeeper to another computer; open it there with “Restore from a file…”.',
  list: {
    caption: 'Backups in this folder',
    kind: 'Kind',
    date: 'Made',
    size: 'Size',
    actions: 'Actions',
    empty: 'No backups yet. The first daily backup is made soon after you add data, or make one now.',
  },
  kinds: {
    daily: 'Daily',
    manual: 'Made by you',
    'before-migration': 'Before an app update',
    'before-import': 'Before an import',
    'before-restore': 'Before a restore',
    'before-joining': 'Before joining a team',
  },
  backedUp: 'Backup made: {{file}}.',
  backUpFailed: 'The backup could not be made',
  confirm: {
    title: 'Restore this backup?',
    titleFile: 'Restore from “{{file}}”?',
    message:
      'Everything ChannelKeeper holds now is replaced by the data of {{what}}. Your current data is backed up first, so you can come back to it by restoring that backup.',
    whatBackup: 'the backup of {{date}}',
    whatFile: 'this file',
    archiveNote: 'An archive also brings its attachments (photos and files of visit notes).',
    confirm: 'Back up and restore',
  },
  progress: {
    uploading: 'Reading the file… {{percent}}%',
    restoring: 'Checking and restoring…',
    exporting: 'Making the archive…',
    downloading: 'Preparing the download… {{percent}}%',
  },
  restored: {
    title: 'Data restored',
    message:
      'ChannelKeeper now shows the restored data. Your data as it was just before is kept as {{file}}.',
    attachments_one: '{{count}} attachment came with it.',
    attachments_other: '{{count}} attachments came with it.',
  },
  restoreFailed: 'Nothing was restored',
  exportFailed: 'The archive could not be made',
  exported: 'The archive {{file}} is downloading.',
  errors: {
    folderNotWritable:
      'ChannelKeeper cannot write to {{folder}}. Choose a folder you can write to (not read-only, not a file).',
    folderNotAbsolute: 'Enter the full path of a folder, e.g. /home/me/Backups or D:\\Backups.',
  },
  refusal: {
    empty: 'This file is empty, so it is not a ChannelKeeper backup. Nothing was changed.',
    notSqlite: 'This file is not a ChannelKeeper backup (it is not a database file). Nothing was changed.',
    notChannelKeeper:
      'This database was not made by ChannelKeeper (it lacks the partners, contacts and history tables). Nothing was changed.',
    newerVersion:
      'This backup was made by a newer version of ChannelKeeper. Update the app, then restore it. Nothing was changed.',
    damaged:
      'This backup is damaged (its integrity check failed), so it cannot be restored. Nothing was changed.',
    notArchive: 'This file is not a ChannelKeeper archive or backup. Nothing was changed.',
    unsafeEntry:
      'This archive contains files that would be unpacked outside the data folder, so it was refused. Nothing was changed.',
    noManifest:
      'This zip file is not a ChannelKeeper archive (it has no ChannelKeeper manifest). Nothing was changed.',
    noDatabase: 'This archive holds no database. Nothing was changed.',
    badAttachment:
      'An attachment in this archive is damaged (its content does not match its name). Nothing was changed.',
  },
  recovery: {
    title: 'Your data needs to be restored',
    message:
      'ChannelKeeper did not close properly last time, and the check of your data file found damage. Restore the newest backup to go on working; the damaged file is kept beside it in the data folder.',
    newest: 'Newest good backup: {{date}} ({{kind}}).',
    restore: 'Restore the newest backup',
    noBackup:
      'No backup was found to restore. Close ChannelKeeper, move the damaged file out of the data folder to start fresh (or to give it to someone who can repair it), then start ChannelKeeper again.',
    file: 'Data file: {{file}}',
    failed: 'Restoring did not work',
  },
} as const;
