"""Enumerated Values and Defined Terms of Signal Domain Rows.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SignalDomainRows as SignalDomainRows
from dicomodel.enums import SignalDomainRowsValue as SignalDomainRowsValue

__all__ = ["SignalDomainRows", "SignalDomainRowsValue"]
