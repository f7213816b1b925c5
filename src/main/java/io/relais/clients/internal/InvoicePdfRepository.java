package io.relais.clients.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import java.util.Optional;

public interface InvoicePdfRepository extends JpaRepository<InvoicePdf, Long> {

    @Query("select p.fileName from InvoicePdf p where p.invoiceId = :invoiceId")
    Optional<String> fileName(@Param("invoiceId") long invoiceId);

    @Query("select p.invoiceId, p.fileName from InvoicePdf p where p.invoiceId in :ids")
    java.util.List<Object[]> fileNames(@Param("ids") java.util.Collection<Long> ids);
}
