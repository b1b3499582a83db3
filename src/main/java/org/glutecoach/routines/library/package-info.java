/** The exercise library: reading and checking the data files (the schema, the dosage sheet, the text gates). */
@NullMarked
package org.glutecoach.routines.library;

import org.jspecify.annotations.NullMarked;
