"""Enumerated Values and Defined Terms of SOP Instance Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SOPInstanceStatusValue as SOPInstanceStatusValue

__all__ = ["SOPInstanceStatus", "SOPInstanceStatusValue"]
