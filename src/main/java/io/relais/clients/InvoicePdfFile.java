package io.relais.clients;

/** An invoice's attached PDF, for download. */
public record InvoicePdfFile(String fileName, byte[] content) {

    public InvoicePdfFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
