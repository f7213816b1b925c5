package io.relais.clients.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The PDF attached to an invoice, kept apart so lists never load it. */
@Entity
@Table(name = "invoice_pdf")
public class InvoicePdf {

    @Id
    private Long invoiceId;
    private String fileName;
    @Lob
    @Column(name = "content", columnDefinition = "MEDIUMBLOB")
    private byte[] content;

    protected InvoicePdf() {
    }

    public InvoicePdf(long invoiceId, String fileName, byte[] content) {
        this.invoiceId = invoiceId;
        replace(fileName, content);
    }

    public void replace(String newFileName, byte[] newContent) {
        this.fileName = newFileName;
        this.content = newContent.clone();
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
