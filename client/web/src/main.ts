import './ui/styles.css';
import { startApp } from './ui/app';

startApp(document.getElementById('app')!);
