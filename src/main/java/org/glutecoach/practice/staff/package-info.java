/**
 * The practice's staff, the first nested module of the practice: setting up its owner, inviting therapists and
 * the list of them. Owns the links it sends ({@code practice_staff_links}); the accounts themselves stay in
 * identity, which creates them when asked.
 */
@ApplicationModule(
        displayName = "Practice staff",
        allowedDependencies = {"shared", "identity", "mail"})
@NullMarked
package org.glutecoach.practice.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
