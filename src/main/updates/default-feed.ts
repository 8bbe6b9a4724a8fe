// The update feed the app is built with. It must equal `publish.url` in electron-builder.yml (a
// test holds them together): electron-builder writes that URL into the installed app's
// app-update.yml, and Settings → Updates shows and restores this one.
export const DEFAULT_UPDATE_FEED_URL = 'https://updates.channelkeeper.example/desktop/';
