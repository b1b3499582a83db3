// The library, an exercise, a routine: registers the service worker so they work offline once visited, and, for a
// signed-in person, sends any session their player kept on this device while offline (ADR 17).
import { keepForOffline } from "../shared/offline.js";
import { sessionOutbox } from "./sessions.js";

keepForOffline();
const owner = document.getElementById("offline-account")?.dataset.account;
if (owner) {
  // The sign-out form in the header carries this page's CSRF token.
  sessionOutbox({ owner, csrfToken: () => document.querySelector('input[name="_csrf"]')?.value ?? null }).start();
}
