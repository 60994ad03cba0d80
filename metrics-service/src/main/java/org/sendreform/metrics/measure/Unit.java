package org.sendreform.metrics.measure;

public enum Unit {
    PERCENT, COUNT, WEEKS, MONEY, RATE
}
