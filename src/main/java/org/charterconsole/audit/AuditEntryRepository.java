package org.charterconsole.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AuditEntryRepository extends JpaRepository<AuditEntryRow, Long> {

    List<AuditEntryRow> findAllByOrderByIdDesc(Pageable page);
}
