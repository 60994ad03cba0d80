package org.sendreform.risk.scoring;

/** Red/Amber/Green, with the plan's in-between "Amber/Green" used for residual and target ratings. */
public enum Rag {
    GREEN, AMBER_GREEN, AMBER, RED
}
