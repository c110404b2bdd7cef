"""Enumerated Values and Defined Terms of Signal Domain Columns.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SignalDomainColumns as SignalDomainColumns
from dicomodel.enums import SignalDomainColumnsValue as SignalDomainColumnsValue

__all__ = ["SignalDomainColumns", "SignalDomainColumnsValue"]
