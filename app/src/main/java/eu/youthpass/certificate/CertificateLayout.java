package eu.youthpass.certificate;

/** Which programme generation's certificate design a project gets; fixed by its project number. */
public enum CertificateLayout {
    /** Erasmus+ and European Solidarity Corps 2021–2027: the current design. */
    PROGRAMMES_2021_2027,
    /** Erasmus+: Youth in Action and European Solidarity Corps 2014–2020: the older design. */
    PROGRAMMES_2014_2020
}
