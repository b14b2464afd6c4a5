package eu.youthpass.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One project an editor may work on. */
@Entity
@Table(name = "membership_project")
public class EditorGrant {

    @Embeddable
    public record Key(@Column(name = "membership_id") Long membershipId,
                      @Column(name = "project_id") Long projectId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    protected EditorGrant() {
    }

    public EditorGrant(long membershipId, long projectId, long organisationId) {
        this.key = new Key(membershipId, projectId);
        this.organisationId = organisationId;
    }

    public Key getKey() {
        return key;
    }
}
