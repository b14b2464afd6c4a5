/**
 * The approved project number and what it tells about a project.
 *
 * <p>The action-code table ({@link eu.youthpass.project.number.ActionCode}) lives here, next to the parser, because
 * the project number is where a code is first seen: one enum that compiles into the parser, the certificate layout and
 * the framework choice, so a newly confirmed code is one added row, not a search through pages and services.
 * Plain Java with no Jakarta dependency, so it is tested without a server and usable in batch jobs and converters.
 */
package eu.youthpass.project.number;
