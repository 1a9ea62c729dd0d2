import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld('claimdesk', buildBridge((channel, payload) => ipcRenderer.invoke(channel, payload)));
