import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES as channelNames, EVENT_NAMES as eventNames } from '../../shared/ipc/channel-names';
import { createBridgeApi } from './create-bridge-api';

// The allowlists are bundled in from the contract at build time; the renderer cannot
// change them and never sees ipcRenderer.
contextBridge.exposeInMainWorld('triptych', createBridgeApi({ ipcRenderer, channelNames, eventNames }));
