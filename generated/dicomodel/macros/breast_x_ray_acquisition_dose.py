"""Breast X-Ray Acquisition Dose Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.x_ray_acquisition_dose_sequence_item import (
        XRayAcquisitionDoseSequenceItem as _XRayAcquisitionDoseSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _XRayAcquisitionDoseSequenceItem = Lazy(
        "dicomodel.items.x_ray_acquisition_dose_sequence_item", "XRayAcquisitionDoseSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivation as EntranceDoseDerivation,
    )
    from dicomodel.items.x_ray_acquisition_dose_sequence_item import (
        XRayAcquisitionDoseSequenceItem as XRayAcquisitionDoseSequenceItem,
    )

__all__ = [
    "BreastXRayAcquisitionDoseMacro",
    "EntranceDoseDerivation",
    "XRayAcquisitionDoseSequenceItem",
]


class BreastXRayAcquisitionDoseMacro(DicomModel):
    """Breast X-Ray Acquisition Dose Macro Attributes (PS3.3 Table C.8.31.5-1)."""

    dicom_name: ClassVar[str] = "Breast X-Ray Acquisition Dose"
    dicom_table: ClassVar[str] = "table_C.8.31.5-1"

    XRayAcquisitionDoseSequence: Annotated[
        list[_XRayAcquisitionDoseSequenceItem],
        Attribute(0x00189542, "SQ", "1", "1", name="X-Ray Acquisition Dose Sequence"),
    ]
    """X-Ray Acquisition Dose Sequence (0018,9542): Type 1, VR SQ, VM 1. Sequence containing the X-Ray exposure information for this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "EntranceDoseDerivation": (
        "dicomodel.enums.entrance_dose_derivation",
        "EntranceDoseDerivation",
    ),
    "XRayAcquisitionDoseSequenceItem": (
        "dicomodel.items.x_ray_acquisition_dose_sequence_item",
        "XRayAcquisitionDoseSequenceItem",
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
