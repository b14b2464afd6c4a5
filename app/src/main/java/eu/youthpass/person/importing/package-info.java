/**
 * Adding many people at once from a spreadsheet: reading a CSV or XLSX file into rows, matching the heading row
 * (English or Latvian, in any case), checking every row and writing the downloadable template.
 *
 * <p>Plain Java with no Faces or persistence: {@link eu.youthpass.person.importing.PeopleImport#read} turns the bytes
 * of an upload and what the project already holds ({@link eu.youthpass.person.importing.ImportTarget}) into an
 * {@link eu.youthpass.person.importing.ImportPreview}, in which each row is either a ready
 * {@link eu.youthpass.person.PersonForm} or a list of {@link eu.youthpass.person.importing.ImportProblem}s (message
 * keys with arguments, translated by the page). Nothing here saves anything; the page shows the preview and
 * {@code PersonService.importPeople} saves the ready rows once the user confirms.
 *
 * <p>A file that cannot be read at all (empty, too large, of another type, damaged, with no heading row) gives one
 * file-level problem, never an exception.
 */
package eu.youthpass.person.importing;
