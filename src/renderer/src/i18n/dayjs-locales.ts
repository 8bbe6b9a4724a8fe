// dayjs month and weekday names for the UI languages (Mantine's date pickers and the calendar
// format with dayjs); English is built in.
import 'dayjs/locale/id';
import 'dayjs/locale/ms';
import 'dayjs/locale/nl';
import 'dayjs/locale/zh-cn';
