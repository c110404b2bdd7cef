"""Enumerated Values and Defined Terms of Substance Administration Approval.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SubstanceAdministrationApproval as SubstanceAdministrationApproval
from dicomodel.enums import (
    SubstanceAdministrationApprovalValue as SubstanceAdministrationApprovalValue,
)

__all__ = ["SubstanceAdministrationApproval", "SubstanceAdministrationApprovalValue"]
