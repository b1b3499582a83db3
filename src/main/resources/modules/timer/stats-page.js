// The figures page (/timer/stats): adds the breaks counted in this browser below the account's figures.
import { drawOnStatsPage } from "./device-stats.js";

drawOnStatsPage();
