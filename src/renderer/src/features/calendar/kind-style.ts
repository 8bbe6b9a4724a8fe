// How each kind of care event looks in the calendar: a colour and an icon, so a month can be read
// at a glance (birthdays pink, festivals orange, visits blue, hardship care red, ...).
import type { MantineColor } from '@mantine/core';
import {
  IconArrowForwardUp,
  IconCake,
  IconCalendarEvent,
  IconConfetti,
  IconHeartHandshake,
  IconHomeHeart,
  IconLifebuoy,
  IconMapPin,
  IconMountain,
  IconSchool,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { CareEventKind } from '../../../../shared/care';

export const kindStyles: Record<CareEventKind, { color: MantineColor; icon: Icon }> = {
  birthday: { color: 'pink', icon: IconCake },
  anniversary: { color: 'grape', icon: IconHeartHandshake },
  festival: { color: 'orange', icon: IconConfetti },
  visit: { color: 'blue', icon: IconMapPin },
  meeting: { color: 'indigo', icon: IconUsers },
  training: { color: 'cyan', icon: IconSchool },
  'team-building': { color: 'teal', icon: IconMountain },
  'family-activity': { color: 'lime', icon: IconHomeHeart },
  'hardship-care': { color: 'red', icon: IconLifebuoy },
  'follow-up': { color: 'yellow', icon: IconArrowForwardUp },
  custom: { color: 'gray', icon: IconCalendarEvent },
};
