package eu.youthpass.person;

import eu.youthpass.project.number.LearnerKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A person as the form holds them; a null id is a new person. */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private LearnerKind kind = LearnerKind.PARTICIPANT;
    private TeamRole teamRole;
    private String firstName;
    private String lastName;
    private String email;
    private String residenceCountry;
    private LocalDate birthDate;
    private String birthPlace;
    private List<String> certificateLanguages = new ArrayList<>(List.of("en"));
    private List<Long> activityIds = new ArrayList<>();
    private long version;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LearnerKind getKind() {
        return kind;
    }

    public void setKind(LearnerKind kind) {
        this.kind = kind;
    }

    public TeamRole getTeamRole() {
        return teamRole;
    }

    public void setTeamRole(TeamRole teamRole) {
        this.teamRole = teamRole;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getResidenceCountry() {
        return residenceCountry;
    }

    public void setResidenceCountry(String residenceCountry) {
        this.residenceCountry = residenceCountry;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String birthPlace) {
        this.birthPlace = birthPlace;
    }

    public List<String> getCertificateLanguages() {
        return certificateLanguages;
    }

    public void setCertificateLanguages(List<String> certificateLanguages) {
        this.certificateLanguages = certificateLanguages == null ? new ArrayList<>() : new ArrayList<>(certificateLanguages);
    }

    public List<Long> getActivityIds() {
        return activityIds;
    }

    public void setActivityIds(List<Long> activityIds) {
        this.activityIds = activityIds == null ? new ArrayList<>() : new ArrayList<>(activityIds);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
