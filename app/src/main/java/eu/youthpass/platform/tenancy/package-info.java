/**
 * Tenant isolation: the organisation is the tenant.
 *
 * <p>Design: <b>explicit scoping in every repository</b>, not EclipseLink {@code @Multitenant}. Every entity that
 * belongs to an organisation carries its {@code organisation_id}; every repository method that reads or changes such
 * an entity takes the organisation id as a parameter and puts it in the query, and nothing loads tenant data by
 * primary key alone ({@code em.find} is not used on tenant entities). An id that comes from a browser is therefore
 * always checked against the caller's organisation, and an id of another organisation is simply "not found".
 * We chose this over {@code @Multitenant} because the tenant must also reach native SQL, bulk statements and
 * batch jobs that run with no request, and because a container-managed EntityManager shared by a JTA transaction
 * makes a per-EntityManager tenant property easy to lose.
 *
 * <p>Second wall, on PostgreSQL: row-level security policies (migration {@code V1_1}) allow a row only when its
 * organisation is the one set for the transaction. {@link eu.youthpass.platform.tenancy.DatabaseScope} sets
 * {@code yp.org}, {@code yp.user} and {@code yp.scope} with {@code set_config(…, true)} at the start of each
 * service call marked {@link eu.youthpass.platform.tenancy.TenantData}; helpdesk work that must cross
 * organisations is marked {@link eu.youthpass.platform.tenancy.PlatformData}. The policies are forced on the
 * table owner, so the application role cannot bypass them; it must not be a PostgreSQL superuser.
 *
 * <p>The shared (second-level) cache is off for every entity ({@code ENABLE_SELECTIVE} with nothing selected), so
 * no row read for one organisation can be served from memory to another.
 */
package eu.youthpass.platform.tenancy;
