"""Autorefraction Measurements Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.autorefraction_right_eye_sequence_item import (
        AutorefractionRightEyeSequenceItem as _AutorefractionRightEyeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AutorefractionRightEyeSequenceItem = Lazy(
        "dicomodel.items.autorefraction_right_eye_sequence_item",
        "AutorefractionRightEyeSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.autorefraction_right_eye_sequence_item import (
        AutorefractionRightEyeSequenceItem as AutorefractionLeftEyeSequenceItem,
    )
    from dicomodel.items.autorefraction_right_eye_sequence_item import (
        AutorefractionRightEyeSequenceItem as AutorefractionRightEyeSequenceItem,
    )
    from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem as CylinderSequenceItem

__all__ = [
    "AutorefractionLeftEyeSequenceItem",
    "AutorefractionMeasurementsModule",
    "AutorefractionRightEyeSequenceItem",
    "CylinderSequenceItem",
]


class AutorefractionMeasurementsModule(DicomModel):
    """Autorefraction Measurements Module Attributes (PS3.3 Table C.8.25.9-1)."""

    dicom_name: ClassVar[str] = "Autorefraction Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.9-1"

    AutorefractionRightEyeSequence: Annotated[
        list[_AutorefractionRightEyeSequenceItem] | None,
        Attribute(
            0x00460050,
            "SQ",
            "1",
            "1C",
            name="Autorefraction Right Eye Sequence",
            when=("unknown", "names no attribute: the right eye is measured"),
        ),
    ] = None
    """Autorefraction Right Eye Sequence (0046,0050): Type 1C, VR SQ, VM 1. Required if the right eye is measured. A Sequence that specifies refractive measurements of a patient's right eye. Only a single Item shall be included in this Sequence. Required if the right eye is measured."""

    AutorefractionLeftEyeSequence: Annotated[
        list[_AutorefractionRightEyeSequenceItem] | None,
        Attribute(
            0x00460052,
            "SQ",
            "1",
            "1C",
            name="Autorefraction Left Eye Sequence",
            when=("unknown", "names no attribute: the left eye is measured"),
        ),
    ] = None
    """Autorefraction Left Eye Sequence (0046,0052): Type 1C, VR SQ, VM 1. Required if the left eye is measured. A Sequence that specifies refractive measurements of a patient's left eye. Only a single Item shall be included in this Sequence. Required if the left eye is measured."""

    DistancePupillaryDistance: Annotated[
        vr.FD | None, Attribute(0x00460060, "FD", "1", "3", name="Distance Pupillary Distance")
    ] = None
    """Distance Pupillary Distance (0046,0060): Type 3, VR FD, VM 1. Distance in mm between the pupils when the patient's object of regard is in the distance, as measured by an autorefractor."""

    NearPupillaryDistance: Annotated[
        vr.FD | None, Attribute(0x00460062, "FD", "1", "3", name="Near Pupillary Distance")
    ] = None
    """Near Pupillary Distance (0046,0062): Type 3, VR FD, VM 1. Distance in mm between the pupils when the patient's object of regard is at near, as measured by an autorefractor."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AutorefractionLeftEyeSequenceItem": (
        "dicomodel.items.autorefraction_right_eye_sequence_item",
        "AutorefractionRightEyeSequenceItem",
    ),
    "AutorefractionRightEyeSequenceItem": (
        "dicomodel.items.autorefraction_right_eye_sequence_item",
        "AutorefractionRightEyeSequenceItem",
    ),
    "CylinderSequenceItem": ("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
