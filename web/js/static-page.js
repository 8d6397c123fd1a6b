// Pages without data from the APIs (home, privacy policy): language and navigation only.
import { startPage } from './page.js';

startPage();
