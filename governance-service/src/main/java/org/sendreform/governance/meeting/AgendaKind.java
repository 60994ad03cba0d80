package org.sendreform.governance.meeting;

/** What an agenda item is: a standing item of the terms of reference, an escalation, a paper, or another item. */
public enum AgendaKind {
    /** Standing: the Board assurance pack. */
    ASSURANCE_PACK("Board assurance pack: progress, measures, risks, QA findings, we said / we did"),
    /** Standing: progress against the plan (RDG and workspaces). */
    PROGRESS("Progress against milestones and measures"),
    /** Standing: escalations received. */
    ESCALATIONS("Escalations received"),
    /** Standing: children, young people and family voice (PCF, CYP groups). */
    VOICE("Children, young people and family voice"),
    /** Standing: setting-led input. */
    SETTING_INPUT("Setting-led input"),
    /** One escalation before the body. */
    ESCALATION(null),
    /** A paper: options paper, gaps and improvement paper, deep-dive. */
    PAPER(null),
    ITEM(null);

    public final String standingTitle;

    AgendaKind(String standingTitle) {
        this.standingTitle = standingTitle;
    }
}
