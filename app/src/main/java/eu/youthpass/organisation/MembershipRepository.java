package eu.youthpass.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Memberships and invitations; every lookup names the organisation it is scoped to. */
@ApplicationScoped
public class MembershipRepository {

    @PersistenceContext
    EntityManager em;

    public List<Membership> ofOrganisation(long organisationId) {
        return em.createNamedQuery(Membership.OF_ORGANISATION, Membership.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    /** The user's own memberships across organisations (allowed by the user-scoped policy). */
    public List<Membership> ofUser(long userId) {
        return em.createNamedQuery(Membership.OF_USER, Membership.class)
                .setParameter("user", userId).getResultList();
    }

    public Optional<Membership> one(long organisationId, long membershipId) {
        return em.createNamedQuery(Membership.ONE, Membership.class)
                .setParameter("organisation", organisationId).setParameter("id", membershipId)
                .getResultStream().findFirst();
    }

    public Optional<Membership> ofUserIn(long organisationId, long userId) {
        return em.createNamedQuery(Membership.OF_USER_IN, Membership.class)
                .setParameter("organisation", organisationId).setParameter("user", userId)
                .getResultStream().findFirst();
    }

    public long owners(long organisationId) {
        return em.createNamedQuery(Membership.COUNT_OWNERS, Long.class)
                .setParameter("organisation", organisationId).getSingleResult();
    }

    public Optional<Organisation> organisation(long organisationId) {
        return Optional.ofNullable(em.find(Organisation.class, organisationId));
    }

    public void add(Membership membership) {
        em.persist(membership);
    }

    public void flush() {
        em.flush();
    }

    /** Lets an editor membership work on one more project (no-op when it already may). */
    public void grant(Membership membership, long projectId) {
        EditorGrant.Key key = new EditorGrant.Key(membership.getId(), projectId);
        if (em.find(EditorGrant.class, key) == null) {
            em.persist(new EditorGrant(membership.getId(), projectId, membership.getOrganisation().getId()));
        }
    }

    /** The editors of a project: memberships with role EDITOR granted this project. */
    public List<Membership> editorsOf(long organisationId, long projectId) {
        return em.createQuery("""
                        select m from Membership m join fetch m.account where m.organisation.id = :organisation
                        and m.role = eu.youthpass.organisation.MemberRole.EDITOR and m.id in
                        (select g.key.membershipId from EditorGrant g where g.key.projectId = :project)
                        order by m.account.lastName""", Membership.class)
                .setParameter("organisation", organisationId).setParameter("project", projectId).getResultList();
    }

    /** Ends an editor's right to a project; an editor left with no project leaves the organisation. */
    public void revoke(Membership editor, long projectId) {
        em.createQuery("delete from EditorGrant g where g.key.membershipId = :membership and g.key.projectId = :project")
                .setParameter("membership", editor.getId()).setParameter("project", projectId).executeUpdate();
        long left = em.createQuery("select count(g) from EditorGrant g where g.key.membershipId = :membership", Long.class)
                .setParameter("membership", editor.getId()).getSingleResult();
        if (left == 0) {
            em.remove(editor);
        }
    }

    public List<MembershipInvitation> openEditorInvitations(long organisationId, long projectId, Instant now) {
        return em.createQuery("""
                        select i from MembershipInvitation i where i.organisation.id = :organisation and i.projectId = :project
                        and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now order by i.createdAt desc""",
                        MembershipInvitation.class)
                .setParameter("organisation", organisationId).setParameter("project", projectId).setParameter("now", now)
                .getResultList();
    }

    public void remove(Membership membership) {
        em.remove(membership);
    }

    public void add(MembershipInvitation invitation) {
        em.persist(invitation);
    }

    public List<MembershipInvitation> openInvitations(long organisationId, Instant now) {
        return em.createNamedQuery(MembershipInvitation.OPEN_OF_ORGANISATION, MembershipInvitation.class)
                .setParameter("organisation", organisationId).setParameter("now", now).getResultList();
    }

    public Optional<MembershipInvitation> invitation(long organisationId, long invitationId) {
        return em.createNamedQuery(MembershipInvitation.ONE, MembershipInvitation.class)
                .setParameter("organisation", organisationId).setParameter("id", invitationId)
                .getResultStream().findFirst();
    }

    /** Only for the join page, under platform scope: the secret token is the caller's proof. */
    public Optional<MembershipInvitation> invitationByTokenHash(String hash) {
        return em.createNamedQuery(MembershipInvitation.BY_HASH, MembershipInvitation.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }
}
