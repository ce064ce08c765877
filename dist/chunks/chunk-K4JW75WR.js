import { createRequire as __pmCreateRequire } from 'node:module'; const require = __pmCreateRequire(import.meta.url);

// src/timeline/time.ts
var ZonelessTimestamp = class extends Error {
  constructor(text) {
    super(`timestamp \`${text}\` states no time zone`);
    this.text = text;
  }
  text;
  name = "ZonelessTimestamp";
};
function parseZone(text) {
  const trimmed = text.trim();
  if (/^(?:utc|z|gmt)$/i.test(trimmed)) return { kind: "offset", minutes: 0, name: "UTC" };
  const offset = /^(?:utc|gmt)?([+-])(\d{2}):?(\d{2})$/i.exec(trimmed);
  if (offset) {
    const minutes = (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
    return Math.abs(minutes) <= 14 * 60 ? { kind: "offset", minutes, name: trimmed } : void 0;
  }
  try {
    const formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: trimmed,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    return { kind: "iana", name: formatter.resolvedOptions().timeZone, formatter };
  } catch {
    return void 0;
  }
}
function offsetAt(zone, epochMs) {
  const parts = {};
  for (const part of zone.formatter.formatToParts(new Date(epochMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(epochMs / 1e3) * 1e3) / 6e4);
}
function wallClockToUtc(wallAsUtcMs, zone) {
  if (zone.kind === "offset") return wallAsUtcMs - zone.minutes * 6e4;
  const before = offsetAt(zone, wallAsUtcMs - 24 * 36e5);
  const after = offsetAt(zone, wallAsUtcMs + 24 * 36e5);
  if (before === after) return wallAsUtcMs - before * 6e4;
  const candidates = [before, after].map((offset) => wallAsUtcMs - offset * 6e4).filter((instant) => offsetAt(zone, instant) * 6e4 + instant === wallAsUtcMs);
  if (candidates.length > 0) return Math.min(...candidates);
  return wallAsUtcMs - before * 6e4;
}
var ZoneReader = class {
  constructor(zone) {
    this.zone = zone;
  }
  zone;
  hours = /* @__PURE__ */ new Map();
  toUtc(wallAsUtcMs) {
    if (this.zone.kind === "offset") return wallAsUtcMs - this.zone.minutes * 6e4;
    const hour = Math.floor(wallAsUtcMs / 36e5);
    let shift = this.hours.get(hour);
    if (shift === void 0) {
      const start = wallClockToUtc(hour * 36e5, this.zone) - hour * 36e5;
      const end = wallClockToUtc(hour * 36e5 + 3599999, this.zone) - (hour * 36e5 + 3599999);
      if (start !== end) return wallClockToUtc(wallAsUtcMs, this.zone);
      shift = start;
      if (this.hours.size > 1e4) this.hours.clear();
      this.hours.set(hour, shift);
    }
    return wallAsUtcMs + shift;
  }
};
var DAY_CACHE = /* @__PURE__ */ new Map();
var lastDayKey = -1;
var lastDayStart = 0;
function dayStart(year, month, day) {
  const key = year * 1e4 + month * 100 + day;
  if (key === lastDayKey) return lastDayStart;
  let start = DAY_CACHE.get(key);
  if (start === void 0) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return NaN;
    start = date.getTime();
    if (DAY_CACHE.size > 1e5) DAY_CACHE.clear();
    DAY_CACHE.set(key, start);
  }
  lastDayKey = key;
  lastDayStart = start;
  return start;
}
function isLetter(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function digits(text, start, count) {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return NaN;
    value = value * 10 + code;
  }
  return value;
}
var lastMinuteText = "";
var lastMinuteStart = 0;
function readIsoTimestamp(text, start = 0, zone) {
  if (text.length - start < 19) return void 0;
  let minuteStart;
  if (lastMinuteText !== "" && text.startsWith(lastMinuteText, start)) minuteStart = lastMinuteStart;
  else {
    if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45 || text.charCodeAt(start + 13) !== 58 || text.charCodeAt(start + 16) !== 58) return void 0;
    const separator = text.charCodeAt(start + 10);
    if (separator !== 84 && separator !== 32 && separator !== 116) return void 0;
    const day = dayStart(digits(text, start, 4), digits(text, start + 5, 2), digits(text, start + 8, 2));
    const hours = digits(text, start + 11, 2);
    const minutes = digits(text, start + 14, 2);
    if (Number.isNaN(day) || !(hours <= 23) || !(minutes <= 59)) return void 0;
    minuteStart = day + hours * 36e5 + minutes * 6e4;
    lastMinuteText = text.slice(start, start + 17);
    lastMinuteStart = minuteStart;
  }
  const seconds = digits(text, start + 17, 2);
  if (!(seconds <= 60)) return void 0;
  let i = start + 19;
  let millis = 0;
  const mark = text.charCodeAt(i);
  if (mark === 46 || mark === 44) {
    i++;
    for (let scale = 100; scale >= 1; scale /= 10) {
      const code = text.charCodeAt(i) - 48;
      if (code < 0 || code > 9) break;
      millis += code * scale;
      i++;
    }
    for (let code = text.charCodeAt(i); code >= 48 && code <= 57; code = text.charCodeAt(++i)) ;
  }
  const wall = minuteStart + seconds * 1e3 + millis;
  let zoneStart = i;
  if (text.charCodeAt(zoneStart) === 32) {
    const next = text.charCodeAt(zoneStart + 1);
    const after = text.charCodeAt(zoneStart + 2);
    if ((next === 43 || next === 45) && after >= 48 && after <= 57 || next === 90 && !isLetter(after)) zoneStart++;
  }
  const zoneChar = text.charCodeAt(zoneStart);
  if ((zoneChar === 90 || zoneChar === 122) && !isLetter(text.charCodeAt(zoneStart + 1))) return { ms: wall, length: zoneStart + 1 - start };
  if (zoneChar === 43 || zoneChar === 45) {
    const oh = digits(text, zoneStart + 1, 2);
    const colon = text.charCodeAt(zoneStart + 3) === 58 ? 1 : 0;
    const om = digits(text, zoneStart + 3 + colon, 2);
    if (!Number.isNaN(oh) && !Number.isNaN(om)) {
      const offset = (zoneChar === 45 ? -1 : 1) * (oh * 60 + om);
      return { ms: wall - offset * 6e4, length: zoneStart + 5 + colon - start };
    }
  }
  if (/^ ?(?:UTC|GMT)(?![A-Za-z])/.test(text.slice(i, i + 5))) {
    const length = text[i] === " " ? 4 : 3;
    return { ms: wall, length: i + length - start };
  }
  if (zone === void 0) throw new ZonelessTimestamp(text.slice(start, i));
  return { ms: zone.toUtc(wall), length: i - start };
}
var MONTHS = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
function readAccessLogTime(text) {
  const m = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/.exec(text);
  if (!m) return void 0;
  const month = MONTHS[m[2]];
  if (month === void 0) return void 0;
  const day = dayStart(Number(m[3]), month, Number(m[1]));
  if (Number.isNaN(day)) return void 0;
  const offset = (m[7] === "-" ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  return day + Number(m[4]) * 36e5 + Number(m[5]) * 6e4 + Number(m[6]) * 1e3 - offset * 6e4;
}
function readEpoch(value) {
  if (!Number.isFinite(value) || value <= 0) return void 0;
  if (value >= 1e14) return Math.floor(value / 1e6);
  return value >= 1e11 ? Math.floor(value) : Math.round(value * 1e3);
}
function readTimeValue(value, zone) {
  if (typeof value === "number") return readEpoch(value);
  if (typeof value !== "string") return void 0;
  if (/^\d+(?:\.\d+)?$/.test(value)) return readEpoch(Number(value));
  return readIsoTimestamp(value.trim(), 0, zone)?.ms;
}
function isoUtc(ms) {
  return new Date(ms).toISOString().replace(/\.000Z$/, "Z");
}
function utcParts(ms) {
  const iso = new Date(ms).toISOString();
  return { date: iso.slice(0, 10), clock: iso.slice(11, 19) };
}

export {
  ZonelessTimestamp,
  parseZone,
  ZoneReader,
  readIsoTimestamp,
  readAccessLogTime,
  readTimeValue,
  isoUtc,
  utcParts
};
