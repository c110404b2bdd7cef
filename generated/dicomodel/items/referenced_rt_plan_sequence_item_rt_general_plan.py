"""Item class ReferencedRTPlanSequenceItemRTGeneralPlan.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rt_plan_relationship import (
        RTPlanRelationshipTerm as _RTPlanRelationshipTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _RTPlanRelationshipTerm = Lazy("dicomodel.enums.rt_plan_relationship", "RTPlanRelationshipTerm")

if TYPE_CHECKING:
    from dicomodel.enums.rt_plan_relationship import (
        RTPlanRelationshipTerm as RTPlanRelationshipTerm,
    )

__all__ = [
    "RTPlanRelationshipTerm",
    "ReferencedRTPlanSequenceItemRTGeneralPlan",
]


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
        _RTPlanRelationshipTerm | vr.CS,
        Attribute(0x300A0055, "CS", "1", "1", name="RT Plan Relationship"),
    ]
    """RT Plan Relationship (300A,0055): Type 1, VR CS, VM 1. Relationship of referenced plan with respect to current plan. Defined Terms: PRIOR plan delivered prior to current treatment ALTERNATIVE alternative plan prepared for current treatment PREDECESSOR plan used in derivation of current plan VER..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RTPlanRelationshipTerm": ("dicomodel.enums.rt_plan_relationship", "RTPlanRelationshipTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
