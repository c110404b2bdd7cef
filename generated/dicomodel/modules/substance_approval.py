"""Substance Approval Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import substance_administration_approval as _substance_administration_approval
from dicomodel.model import Attribute, DicomModel


class SubstanceApprovalModule(DicomModel):
    """Substance Approval Module Attributes (PS3.3 Table C.26-2)."""

    dicom_name: ClassVar[str] = "Substance Approval"
    dicom_table: ClassVar[str] = "table_C.26-2"

    SubstanceAdministrationApproval: Annotated[
        _substance_administration_approval.SubstanceAdministrationApproval | None,
        Attribute(
            0x00440002,
            "CS",
            "1",
            "3",
            name="Substance Administration Approval",
            enumerated=((0, ("APPROVED", "WARNING", "CONTRA_INDICATED")),),
        ),
    ] = None
    """Substance Administration Approval (0044,0002): Type -, VR CS, VM 1. Status of request for substance administration. Enumerated Values: APPROVED Use of the substance for the patient is approved, with related notes (e.g., appropriate dose for age/weight) in Approval Status Further Description (0044,0003) WARN..."""

    ApprovalStatusFurtherDescription: Annotated[
        vr.LT | None,
        Attribute(0x00440003, "LT", "1", "3", name="Approval Status Further Description"),
    ] = None
    """Approval Status Further Description (0044,0003): Type -, VR LT, VM 1. Description of warning or contra-indication, or notes on approval."""

    ApprovalStatusDateTime: Annotated[
        vr.DT | None, Attribute(0x00440004, "DT", "1", "3", name="Approval Status DateTime")
    ] = None
    """Approval Status DateTime (0044,0004): Type -, VR DT, VM 1. Timestamp for the Substance Administration Approval response."""
