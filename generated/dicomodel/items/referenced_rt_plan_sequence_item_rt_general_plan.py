"""Item class ReferencedRTPlanSequenceItemRTGeneralPlan.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import rt_plan_relationship as _rt_plan_relationship
from dicomodel.model import Attribute, DicomModel


class ReferencedRTPlanSequenceItemRTGeneralPlan(DicomModel):
    """An item of Referenced RT Plan Sequence (300C,0002), as first defined in RT General Plan Module Attributes (C.8-45)."""

    dicom_name: ClassVar[str] = "Referenced RT Plan Sequence"
    dicom_table: ClassVar[str] = "table_C.8-45"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    RTPlanRelationship: Annotated[
        _rt_plan_relationship.RTPlanRelationshipTerm | vr.CS,
        Attribute(0x300A0055, "CS", "1", "1", name="RT Plan Relationship"),
    ]
    """RT Plan Relationship (300A,0055): Type 1, VR CS, VM 1. Relationship of referenced plan with respect to current plan. Defined Terms: PRIOR plan delivered prior to current treatment ALTERNATIVE alternative plan prepared for current treatment PREDECESSOR plan used in derivation of current plan VER..."""
