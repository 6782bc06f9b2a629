import { mountPage } from '@/components/mount';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';

mountPage(<SidePanelApp />);
