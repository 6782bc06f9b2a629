import type { Detector } from '../content/define-detector';
import blankPage from './blank-page';
import consoleErrors from './console-errors';
import endlessSpinner from './endless-spinner';
import errorBanner from './error-banner';
import failedAssets from './failed-assets';
import failedRequests from './failed-requests';
import stuckOrders from './stuck-orders';

/** Every detector the content script runs, each a self-contained module. */
export const DETECTORS: readonly Detector[] = [errorBanner, stuckOrders, failedRequests, consoleErrors, failedAssets, endlessSpinner, blankPage];
