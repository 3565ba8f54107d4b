// Words used across features.
import { defineMessages } from '../define-messages';

export const commonMessages = defineMessages({
  en: {
    close: 'Close',
    cancel: 'Cancel',
    dismiss: 'Dismiss',
  },
  ko: {
    close: '닫기',
    cancel: '취소',
    dismiss: '닫기',
  },
});
