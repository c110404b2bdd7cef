"""RT General Treatment Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedTreatmentRecordSequenceItem,
    )

__all__ = [
    "RTGeneralTreatmentRecordModule",
    "ReferencedRTPlanSequenceItem",
    "ReferencedTreatmentRecordSequenceItem",
]


class RTGeneralTreatmentRecordModule(DicomModel):
    """RT General Treatment Record Module Attributes (PS3.3 Table C.8-53)."""

    dicom_name: ClassVar[str] = "RT General Treatment Record"
    dicom_table: ClassVar[str] = "table_C.8-53"

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. Instance number identifying this particular Instance of the object."""

    TreatmentDate: Annotated[
        vr.DA | None, Attribute(0x30080250, "DA", "1", "2", name="Treatment Date")
    ]
    """Treatment Date (3008,0250): Type 2, VR DA, VM 1. Date when current fraction was delivered, or Date last fraction was delivered in case of RT Treatment Summary Record IOD. See Note."""

    TreatmentTime: Annotated[
        vr.TM | None, Attribute(0x30080251, "TM", "1", "2", name="Treatment Time")
    ]
    """Treatment Time (3008,0251): Type 2, VR TM, VM 1. Time when current fraction was delivered (begun), or Time last fraction was delivered (begun) in case of RT Treatment Summary Record IOD. See Note."""

    ReferencedRTPlanSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x300C0002, "SQ", "1", "2", name="Referenced RT Plan Sequence"),
    ]
    """Referenced RT Plan Sequence (300C,0002): Type 2, VR SQ, VM 1. Reference to a RT Plan. Zero or one Item shall be included in this Sequence."""

    ReferencedTreatmentRecordSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x30080030, "SQ", "1", "3", name="Referenced Treatment Record Sequence"),
    ] = None
    """Referenced Treatment Record Sequence (3008,0030): Type 3, VR SQ, VM 1. Reference to RT Treatment Records to which the current RT Treatment Record is significantly related. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedTreatmentRecordSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
