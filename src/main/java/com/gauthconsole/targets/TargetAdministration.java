package com.gauthconsole.targets;

import com.gauthconsole.secret.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a lead may do to the targets kept in the database. A managed target may not take the name of a declared one:
 * the wizard would call the declared one, and the lead would not know which one a run used.
 */
@Service
@Transactional
class TargetAdministration {

    private static final Logger log = LoggerFactory.getLogger(TargetAdministration.class);

    private final ManagedTargetRepository targets;
    private final TargetCatalog catalog;
    private final OpsPasswords opsPasswords;
    private final ApplicationEventPublisher events;

    TargetAdministration(
            ManagedTargetRepository targets,
            TargetCatalog catalog,
            OpsPasswords opsPasswords,
            ApplicationEventPublisher events) {
        this.targets = targets;
        this.catalog = catalog;
        this.opsPasswords = opsPasswords;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<TargetView> list() {
        return catalog.views();
    }

    /** The target as its edit form starts: everything but the password, which is never shown again. */
    @Transactional(readOnly = true)
    TargetForm edit(long id) {
        return TargetForm.of(load(id));
    }

    void create(TargetForm form, String actor) {
        String name = form.name().strip();
        refuseTakenName(name, null);
        if (form.opsPasswordOrEmpty().isEmpty()) {
            throw new TargetChangeRefused.PasswordMissing();
        }
        ManagedTarget target = new ManagedTarget(actor);
        apply(target, form, opsPasswords.seal(name, form.opsPasswordOrEmpty()), actor);
        save(target);
        log.info("{} added GAuth target {} at {}", actor, name, target.baseUrl());
        events.publishEvent(new TargetChanged(actor, name, TargetChanged.Change.CREATED, target.baseUrl(), List.of()));
    }

    /**
     * An empty password keeps the stored one, unless the URL changes; a new name seals it again, as the name is part
     * of its context.
     */
    void update(long id, TargetForm form, String actor) {
        ManagedTarget target = load(id);
        String name = form.name().strip();
        refuseTakenName(name, target);
        if (form.opsPasswordOrEmpty().isEmpty() && !form.baseUrl().strip().equals(target.baseUrl())) {
            throw TargetChangeRefused.PasswordMissing.forNewUrl();
        }
        Secret password = form.opsPasswordOrEmpty().isEmpty()
                ? opsPasswords.open(target.name(), target.opsPasswordSealed())
                : form.opsPasswordOrEmpty();
        List<String> changed = changedFields(target, form);
        apply(target, form, opsPasswords.seal(name, password), actor);
        save(target);
        log.info("{} changed GAuth target {} (id {})", actor, name, id);
        events.publishEvent(new TargetChanged(actor, name, TargetChanged.Change.CHANGED, target.baseUrl(), changed));
    }

    /** Runs keep the name and URL they used; a run on a removed target cannot go on until it is added again. */
    String delete(long id, String actor) {
        ManagedTarget target = load(id);
        targets.delete(target);
        log.info("{} removed GAuth target {} (id {})", actor, target.name(), id);
        events.publishEvent(
                new TargetChanged(actor, target.name(), TargetChanged.Change.DELETED, target.baseUrl(), List.of()));
        return target.name();
    }

    /** The fields the form changes, by name; a typed ops password counts as changed, whatever its value. */
    private static List<String> changedFields(ManagedTarget target, TargetForm form) {
        List<String> changed = new ArrayList<>();
        if (!form.name().strip().equals(target.name())) {
            changed.add("name");
        }
        if (!form.baseUrl().strip().equals(target.baseUrl())) {
            changed.add("baseUrl");
        }
        if (!form.opsUsername().strip().equals(target.opsUsername())) {
            changed.add("opsUsername");
        }
        if (!form.opsPasswordOrEmpty().isEmpty()) {
            changed.add("opsPassword");
        }
        if (!Objects.equals(form.connectTimeoutSeconds(), target.connectTimeoutSeconds())) {
            changed.add("connectTimeoutSeconds");
        }
        if (!Objects.equals(form.responseTimeoutSeconds(), target.responseTimeoutSeconds())) {
            changed.add("responseTimeoutSeconds");
        }
        changed.addAll(form.defaults().changedSince(target.defaults()));
        return List.copyOf(changed);
    }

    private void refuseTakenName(String name, ManagedTarget changed) {
        if (catalog.isDeclared(name)) {
            throw new TargetChangeRefused.NameTaken(name, true);
        }
        boolean takenByAnother = targets.findByName(name)
                .filter(other -> changed == null || !other.id().equals(changed.id()))
                .isPresent();
        if (takenByAnother) {
            throw new TargetChangeRefused.NameTaken(name, false);
        }
    }

    private static void apply(ManagedTarget target, TargetForm form, String sealedPassword, String actor) {
        target.change(
                form.name().strip(),
                form.baseUrl().strip(),
                form.opsUsername().strip(),
                sealedPassword,
                form.connectTimeoutSeconds(),
                form.responseTimeoutSeconds(),
                actor);
        target.changeDefaults(form.defaults());
    }

    private void save(ManagedTarget target) {
        try {
            targets.saveAndFlush(target);
        } catch (DataIntegrityViolationException takenMeanwhile) {
            throw new TargetChangeRefused.NameTaken(target.name(), false);
        }
    }

    private ManagedTarget load(long id) {
        return targets.findById(id).orElseThrow(() -> new UnknownTarget("with id " + id));
    }
}
