"""CT Acquisition Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ct_acquisition_type_sequence_item import (
        CTAcquisitionTypeSequenceItem as _CTAcquisitionTypeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CTAcquisitionTypeSequenceItem = Lazy(
        "dicomodel.items.ct_acquisition_type_sequence_item", "CTAcquisitionTypeSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_type import AcquisitionTypeTerm as AcquisitionTypeTerm
    from dicomodel.enums.constant_volume_flag import ConstantVolumeFlag as ConstantVolumeFlag
    from dicomodel.enums.fluoroscopy_flag import FluoroscopyFlag as FluoroscopyFlag
    from dicomodel.items.ct_acquisition_type_sequence_item import (
        CTAcquisitionTypeSequenceItem as CTAcquisitionTypeSequenceItem,
    )

__all__ = [
    "AcquisitionTypeTerm",
    "CTAcquisitionTypeMacro",
    "CTAcquisitionTypeSequenceItem",
    "ConstantVolumeFlag",
    "FluoroscopyFlag",
]


class CTAcquisitionTypeMacro(DicomModel):
    """CT Acquisition Type Macro Attributes (PS3.3 Table C.8-118)."""

    dicom_name: ClassVar[str] = "CT Acquisition Type"
    dicom_table: ClassVar[str] = "table_C.8-118"

    CTAcquisitionTypeSequence: Annotated[
        list[_CTAcquisitionTypeSequenceItem],
        Attribute(0x00189301, "SQ", "1", "1", name="CT Acquisition Type Sequence"),
    ]
    """CT Acquisition Type Sequence (0018,9301): Type 1, VR SQ, VM 1. Contains the Attributes defining the CT acquisition mode. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionTypeTerm": ("dicomodel.enums.acquisition_type", "AcquisitionTypeTerm"),
    "CTAcquisitionTypeSequenceItem": (
        "dicomodel.items.ct_acquisition_type_sequence_item",
        "CTAcquisitionTypeSequenceItem",
    ),
    "ConstantVolumeFlag": ("dicomodel.enums.constant_volume_flag", "ConstantVolumeFlag"),
    "FluoroscopyFlag": ("dicomodel.enums.fluoroscopy_flag", "FluoroscopyFlag"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
