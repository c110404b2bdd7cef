"""Enumerated Values and Defined Terms of Transaction Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TransactionStatus as TransactionStatus
from dicomodel.enums import TransactionStatusValue as TransactionStatusValue

__all__ = ["TransactionStatus", "TransactionStatusValue"]
