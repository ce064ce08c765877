import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);
import {
  truncate
} from "./chunk-POANTLKZ.js";

// src/config/errors.ts
var ConfigError = class extends Error {
  constructor(message, key, path) {
    const reason = boundedReason(message);
    super(path ? `${path}: ${reason}` : reason);
    this.key = key;
    this.path = path;
    this.name = "ConfigError";
  }
  key;
  path;
};
var MAX_EXCERPT = 40;
var MAX_REASON = 400;
function excerpt(value) {
  let text;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return cutCodePoints(escapeControls(text), MAX_EXCERPT);
}
function escapeControls(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function cutCodePoints(text, max) {
  const cut = truncate(text, max);
  return cut === text ? text : `${cut} (cut)`;
}
function boundedReason(message) {
  return cutCodePoints(escapeControls(message.replace(/\r?\n/g, " ")), MAX_REASON);
}

export {
  ConfigError,
  excerpt
};
