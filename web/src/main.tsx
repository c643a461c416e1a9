import { render } from 'preact';
import { App } from './app/App.js';
import './styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('The explorer needs an element with id "app" in index.html.');
render(<App />, root);
