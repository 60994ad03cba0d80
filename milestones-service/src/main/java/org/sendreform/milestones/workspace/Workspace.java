package org.sendreform.milestones.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A delivery workspace; its code is shared with governance-service, where the workspace is a body. */
@Entity
public class Workspace extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public String responsible;
}
