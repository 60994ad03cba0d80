package org.sendreform.governance.wesaid;

/** Who said it: the parent carer forum and families, children and young people's groups, settings, or partners. */
public enum VoiceSource {
    PARENT_CARERS, CHILDREN_AND_YOUNG_PEOPLE, SETTINGS, PARTNERS
}
