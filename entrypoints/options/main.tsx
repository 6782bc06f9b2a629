import { mountPage } from '@/components/mount';
import { OptionsApp } from '@/components/options/OptionsApp';

mountPage(<OptionsApp />);
