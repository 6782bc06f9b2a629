import { mountPage } from '@/components/mount';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';

mountPage(<WelcomeApp />);
