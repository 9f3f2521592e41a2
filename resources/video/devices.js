// Opens the camera and microphone for the kiosk's pages (self-check and room).
// Chromium lets a capture device go asynchronously: a page opened right after another one stopped its
// tracks (the self-check, then Join) is refused with NotReadableError "Could not start audio source" for a
// moment. A busy device is asked again; a missing or refused one fails at once, so the kiosk can say so.
"use strict";
const BUSY_DEVICE = new Set(["NotReadableError", "AbortError", "TrackStartError"]);

window.openDevices = async (constraints, tries = 20, pauseMs = 500) => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await navigator.mediaDevices.getUserMedia(constraints);
    } catch (err) {
      if (!BUSY_DEVICE.has(err.name) || attempt >= tries) throw err;
      await new Promise((wake) => setTimeout(wake, pauseMs));
    }
  }
};
