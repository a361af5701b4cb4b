"""The service hall: business applications, complaints, consultations, statements, faults."""
