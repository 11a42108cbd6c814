package org.webhookorchestrator.audit;

/**
 * An append was refused because the record carries the value of a known secret. Nothing was written. The message
 * names the secret's label and the field, never the value, so it is safe to return to the client and to log.
 */
public final class SecretInAuditRecordException extends IllegalArgumentException {

    private final String secretLabel;
    private final String field;

    SecretInAuditRecordException(String tool, String field, String secretLabel) {
        super("audit entry for tool '" + tool + "' refused: record." + field + " contains the value of secret '"
                + secretLabel + "'; records must carry secret references, never secret values");
        this.secretLabel = secretLabel;
        this.field = field;
    }

    public String secretLabel() {
        return secretLabel;
    }

    public String field() {
        return field;
    }
}
