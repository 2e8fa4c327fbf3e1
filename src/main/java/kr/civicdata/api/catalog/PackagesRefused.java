package kr.civicdata.api.catalog;

import kr.civicdata.api.datapackage.PackageProblems;

/** A load refused before anything was written, with every problem found. */
public class PackagesRefused extends RuntimeException {

    private final transient PackageProblems problems;

    public PackagesRefused(PackageProblems problems) {
        super(problems.count() + " problems in the data packages; nothing was loaded", null, false, false);
        this.problems = problems;
    }

    public PackageProblems problems() {
        return problems;
    }
}
