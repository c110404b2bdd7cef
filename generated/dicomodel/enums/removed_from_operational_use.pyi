"""Enumerated Values and Defined Terms of Removed from Operational Use.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RemovedFromOperationalUse as RemovedFromOperationalUse
from dicomodel.enums import RemovedFromOperationalUseValue as RemovedFromOperationalUseValue

__all__ = ["RemovedFromOperationalUse", "RemovedFromOperationalUseValue"]
