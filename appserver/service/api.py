"""pmis.service: one API object composed of applications, complaints, consultations and
statements, and fault repair methods."""

from __future__ import annotations

from appserver.core.api_base import ApiBase
from appserver.service.applications_api import ApplicationMethods
from appserver.service.complaints_api import ComplaintMethods
from appserver.service.faults_api import FaultMethods
from appserver.service.inquiry_api import InquiryMethods


class ServiceApi(ApplicationMethods, ComplaintMethods, InquiryMethods, FaultMethods, ApiBase):
    module = "service"
