import { mountPage } from '@/components/mount';
import { PopupApp } from '@/components/popup/PopupApp';

mountPage(<PopupApp />);
