import { mountPage } from '@/components/mount';
import { ShipmentsApp } from '@/components/popup/shipments/ShipmentsApp';

mountPage(<ShipmentsApp />);
