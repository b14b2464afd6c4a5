package eu.youthpass.helpdesk.web;

import eu.youthpass.helpdesk.HelpdeskService;
import eu.youthpass.platform.mail.OutboxMail;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** helpdesk/outbox.xhtml: every mail the platform wrote, newest first, paged in the database. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HelpdeskService helpdesk;

    private LazyDataModel<OutboxMail> mails;
    private OutboxMail selected;

    @PostConstruct
    void init() {
        mails = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) helpdesk.outboxSize();
            }

            @Override
            public List<OutboxMail> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
                return helpdesk.outbox(first, pageSize);
            }

            @Override
            public String getRowKey(OutboxMail mail) {
                return String.valueOf(mail.getId());
            }

            @Override
            public OutboxMail getRowData(String rowKey) {
                return helpdesk.mail(Long.parseLong(rowKey)).orElse(null);
            }
        };
    }

    public LazyDataModel<OutboxMail> getMails() {
        return mails;
    }

    public OutboxMail getSelected() {
        return selected;
    }

    public void setSelected(OutboxMail selected) {
        this.selected = selected;
    }
}
