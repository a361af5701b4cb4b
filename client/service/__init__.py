"""The service hall screens: business applications, complaints, consultations and
statements, fault repair."""
