"""CT Acquisition Details Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ct_acquisition_details_sequence_item import (
        CTAcquisitionDetailsSequenceItem as _CTAcquisitionDetailsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CTAcquisitionDetailsSequenceItem = Lazy(
        "dicomodel.items.ct_acquisition_details_sequence_item", "CTAcquisitionDetailsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.rotation_direction import RotationDirection as RotationDirection
    from dicomodel.items.ct_acquisition_details_sequence_item import (
        CTAcquisitionDetailsSequenceItem as CTAcquisitionDetailsSequenceItem,
    )

__all__ = [
    "CTAcquisitionDetailsMacro",
    "CTAcquisitionDetailsSequenceItem",
    "RotationDirection",
]


class CTAcquisitionDetailsMacro(DicomModel):
    """CT Acquisition Details Macro Attributes (PS3.3 Table C.8-119)."""

    dicom_name: ClassVar[str] = "CT Acquisition Details"
    dicom_table: ClassVar[str] = "table_C.8-119"

    CTAcquisitionDetailsSequence: Annotated[
        list[_CTAcquisitionDetailsSequenceItem],
        Attribute(0x00189304, "SQ", "1", "1", name="CT Acquisition Details Sequence"),
    ]
    """CT Acquisition Details Sequence (0018,9304): Type 1, VR SQ, VM 1. Contains the Attributes defining the details of the acquisition. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CTAcquisitionDetailsSequenceItem": (
        "dicomodel.items.ct_acquisition_details_sequence_item",
        "CTAcquisitionDetailsSequenceItem",
    ),
    "RotationDirection": ("dicomodel.enums.rotation_direction", "RotationDirection"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
