/**
 * Frictionless data packages (datapackage.json with CSV resources), read and checked without a database: a package
 * from a directory, a zip or the bundled resources ({@link PackageFiles}), its descriptor ({@link Descriptor}), its
 * CSV files ({@link CsvReader}), and the validation of every row against the canonical Table Schemas of the bundled
 * package ({@link CanonicalPackage}) and the rules no Table Schema can say ({@link PackageValidator}), with each
 * problem as {@code file:line:column field — problem — value} ({@link PackageProblem}). It knows nothing of the
 * database: {@code catalog.DataLoader} writes what it validated.
 */
package kr.civicdata.api.datapackage;
