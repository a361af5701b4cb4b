"""pmis.service: the service hall — business applications, complaints and consultations,
customer statements, fault repair. Each part keeps its shapes in its own contract file."""

from __future__ import annotations


def object_methods() -> tuple[tuple[str, bool], ...]:
    from appserver.contract import applications, complaints, faults, inquiry

    return applications.METHODS + complaints.METHODS + inquiry.METHODS + faults.METHODS
