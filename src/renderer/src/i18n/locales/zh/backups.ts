// Chinese strings of "backups"; same keys as en/backups.ts.
export const backupsZh = {
  section: {
    title: '备份',
    intro:
      'ChannelKeeper 每天、每次数据库更新前以及每次导入前都会备份您的数据。它保留最近 {{daily}} 个每日备份，以及在此之前 {{weekly}} 周内每周一个备份。',
    loadFailed: '无法加载备份',
  },
  folder: {
    label: '备份文件夹',
    description: '此电脑上某个文件夹的完整路径（外部驱动器或网络驱动器也可以）。',
    save: '使用此文件夹',
    useDefault: '使用默认文件夹',
    saved: '备份现在保存到 {{folder}}。',
    isDefault: '默认文件夹，与您的数据放在一起。',
  },
  actions: {
    backUpNow: '立即备份',
    restoreFromFile: '从文件恢复…',
    exportArchive: '导出全部…',
    restore: '恢复',
    restoreNamed: '恢复 {{date}} 的备份',
  },
  actionsHelp:
    '“导出全部”会生成一个归档（数据和附件），用于将 ChannelKeeper 迁移到另一台电脑；在那台电脑上用“从文件恢复…”打开。',
  list: {
    caption: '此文件夹中的备份',
    kind: '类型',
    date: '创建时间',
    size: '大小',
    actions: '操作',
    empty: '还没有备份。添加数据后不久会生成第一个每日备份，也可以现在手动备份。',
  },
  kinds: {
    daily: '每日',
    manual: '手动',
    'before-migration': '应用更新前',
    'before-import': '导入前',
    'before-restore': '恢复前',
    'before-joining': '加入团队前',
  },
  backedUp: '已创建备份：{{file}}。',
  backUpFailed: '无法创建备份',
  confirm: {
    title: '恢复此备份？',
    titleFile: '从“{{file}}”恢复？',
    message:
      'ChannelKeeper 当前的所有数据将被{{what}}的数据替换。系统会先备份当前数据，您可以通过恢复该备份回到现在的状态。',
    whatBackup: '{{date}} 的备份',
    whatFile: '此文件',
    archiveNote: '归档还会带来其附件（拜访记录的照片和文件）。',
    confirm: '备份并恢复',
  },
  progress: {
    uploading: '正在读取文件… {{percent}}%',
    restoring: '正在检查并恢复…',
    exporting: '正在生成归档…',
    downloading: '正在准备下载… {{percent}}%',
  },
  restored: {
    title: '数据已恢复',
    message: 'ChannelKeeper 现在显示的是恢复后的数据。恢复前的数据已保存为 {{file}}。',
    attachments_other: '同时恢复了 {{count}} 个附件。',
  },
  restoreFailed: '未恢复任何内容',
  exportFailed: '无法生成归档',
  exported: '归档 {{file}} 正在下载。',
  errors: {
    folderNotWritable:
      'ChannelKeeper 无法写入 {{folder}}。请选择一个可写入的文件夹（不是只读的，也不是文件）。',
    folderNotAbsolute: '请输入文件夹的完整路径，例如 /home/me/Backups 或 D:\\Backups。',
  },
  refusal: {
    empty: '此文件为空，因此不是 ChannelKeeper 备份。未作任何更改。',
    notSqlite: '此文件不是 ChannelKeeper 备份（不是数据库文件）。未作任何更改。',
    notChannelKeeper: '此数据库不是由 ChannelKeeper 创建的（缺少合作伙伴、联系人和历史表）。未作任何更改。',
    newerVersion: '此备份由更新版本的 ChannelKeeper 创建。请先更新应用再恢复。未作任何更改。',
    damaged: '此备份已损坏（完整性检查未通过），无法恢复。未作任何更改。',
    notArchive: '此文件不是 ChannelKeeper 归档或备份。未作任何更改。',
    unsafeEntry: '此归档包含会被解压到数据文件夹之外的文件，因此已被拒绝。未作任何更改。',
    noManifest: '此 zip 文件不是 ChannelKeeper 归档（没有 ChannelKeeper 清单）。未作任何更改。',
    noDatabase: '此归档中没有数据库。未作任何更改。',
    badAttachment: '此归档中的某个附件已损坏（内容与名称不符）。未作任何更改。',
  },
  recovery: {
    title: '需要恢复您的数据',
    message:
      'ChannelKeeper 上次没有正常关闭，检查数据文件时发现了损坏。请恢复最新的备份以继续工作；损坏的文件会保留在数据文件夹中。',
    newest: '最新的可用备份：{{kind}}，创建于 {{date}}。',
    restore: '恢复最新的备份',
    noBackup:
      '没有找到可恢复的备份。请关闭 ChannelKeeper，将损坏的文件移出数据文件夹以重新开始（或交给能修复它的人），然后再次启动 ChannelKeeper。',
    file: '数据文件：{{file}}',
    failed: '恢复未成功',
  },
};
