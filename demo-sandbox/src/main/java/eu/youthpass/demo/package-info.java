/**
 * The demo sandbox: a WAR overlay of the live platform that plugs into the app's extension points only (CDI
 * alternatives of {@link eu.youthpass.platform.web.PlatformEdition} and {@link eu.youthpass.platform.mail.Mailer},
 * the includes under {@code WEB-INF/includes}); the app never imports this package.
 *
 * <ul>
 *   <li>{@code eu.youthpass.demo}: settings, the demo's own schema, the shared login and organisation;</li>
 *   <li>{@code seed}: the example projects every demo organisation starts with;</li>
 *   <li>{@code mail}: mails stay in the demo and show in its mailbox page;</li>
 *   <li>{@code wipe}: the weekly wipe, a Jakarta Batch job started by a cron schedule or the helpdesk;</li>
 *   <li>{@code web}: the demo's page beans.</li>
 * </ul>
 */
package eu.youthpass.demo;
