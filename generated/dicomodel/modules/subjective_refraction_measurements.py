"""Subjective Refraction Measurements Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.subjective_refraction_measurements_item import (
        SubjectiveRefractionMeasurementsItem as _SubjectiveRefractionMeasurementsItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SubjectiveRefractionMeasurementsItem = Lazy(
        "dicomodel.items.subjective_refraction_measurements_item",
        "SubjectiveRefractionMeasurementsItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.horizontal_prism_base import HorizontalPrismBase as HorizontalPrismBase
    from dicomodel.enums.vertical_prism_base import VerticalPrismBase as VerticalPrismBase
    from dicomodel.items.add_near_sequence_item import (
        AddNearSequenceItem as AddIntermediateSequenceItem,
    )
    from dicomodel.items.add_near_sequence_item import AddNearSequenceItem as AddNearSequenceItem
    from dicomodel.items.add_near_sequence_item import AddNearSequenceItem as AddOtherSequenceItem
    from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem as CylinderSequenceItem
    from dicomodel.items.prism_sequence_item import PrismSequenceItem as PrismSequenceItem
    from dicomodel.items.subjective_refraction_measurements_item import (
        SubjectiveRefractionMeasurementsItem as SubjectiveRefractionLeftEyeSequenceItem,
    )
    from dicomodel.items.subjective_refraction_measurements_item import (
        SubjectiveRefractionMeasurementsItem as SubjectiveRefractionRightEyeSequenceItem,
    )

__all__ = [
    "AddIntermediateSequenceItem",
    "AddNearSequenceItem",
    "AddOtherSequenceItem",
    "CylinderSequenceItem",
    "HorizontalPrismBase",
    "PrismSequenceItem",
    "SubjectiveRefractionLeftEyeSequenceItem",
    "SubjectiveRefractionMeasurementsModule",
    "SubjectiveRefractionRightEyeSequenceItem",
    "VerticalPrismBase",
]


class SubjectiveRefractionMeasurementsModule(DicomModel):
    """Subjective Refraction Measurements Module Attributes (PS3.3 Table C.8.25.11-1)."""

    dicom_name: ClassVar[str] = "Subjective Refraction Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.11-1"

    SubjectiveRefractionRightEyeSequence: Annotated[
        list[_SubjectiveRefractionMeasurementsItem] | None,
        Attribute(
            0x00460097,
            "SQ",
            "1",
            "1C",
            name="Subjective Refraction Right Eye Sequence",
            when=("unknown", "names no attribute: the right eye is measured"),
        ),
    ] = None
    """Subjective Refraction Right Eye Sequence (0046,0097): Type 1C, VR SQ, VM 1. Required if the right eye is measured. A Sequence that specifies the subjective refractive measurements of a patient's right eye. Only a single Item shall be included in this Sequence. Required if the right eye is measured."""

    SubjectiveRefractionLeftEyeSequence: Annotated[
        list[_SubjectiveRefractionMeasurementsItem] | None,
        Attribute(
            0x00460098,
            "SQ",
            "1",
            "1C",
            name="Subjective Refraction Left Eye Sequence",
            when=("unknown", "names no attribute: the left eye is measured"),
        ),
    ] = None
    """Subjective Refraction Left Eye Sequence (0046,0098): Type 1C, VR SQ, VM 1. Required if the left eye is measured. A Sequence that specifies the subjective refractive measurements of a patient's left eye. Only a single Item shall be included in this Sequence. Required if the left eye is measured."""

    DistancePupillaryDistance: Annotated[
        vr.FD | None, Attribute(0x00460060, "FD", "1", "3", name="Distance Pupillary Distance")
    ] = None
    """Distance Pupillary Distance (0046,0060): Type 3, VR FD, VM 1. Distance in mm between the pupils when the patient's object of regard is in the distance, as measured by a phoropter."""

    NearPupillaryDistance: Annotated[
        vr.FD | None, Attribute(0x00460062, "FD", "1", "3", name="Near Pupillary Distance")
    ] = None
    """Near Pupillary Distance (0046,0062): Type 3, VR FD, VM 1. Distance in mm between the pupils when the patient's object of regard is at near, as measured by a phoropter."""

    IntermediatePupillaryDistance: Annotated[
        vr.FD | None, Attribute(0x00460063, "FD", "1", "3", name="Intermediate Pupillary Distance")
    ] = None
    """Intermediate Pupillary Distance (0046,0063): Type 3, VR FD, VM 1. Distance in mm between the pupils when the patient's object of regard is at an intermediate distance, as measured by a phoropter."""

    OtherPupillaryDistance: Annotated[
        vr.FD | None, Attribute(0x00460064, "FD", "1", "3", name="Other Pupillary Distance")
    ] = None
    """Other Pupillary Distance (0046,0064): Type 3, VR FD, VM 1. Distance in mm between the pupils when the patient's object of regard is at the distance specified in the Attribute Add Other Sequence (0046,0102), as measured by a phoropter."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AddIntermediateSequenceItem": (
        "dicomodel.items.add_near_sequence_item",
        "AddNearSequenceItem",
    ),
    "AddNearSequenceItem": ("dicomodel.items.add_near_sequence_item", "AddNearSequenceItem"),
    "AddOtherSequenceItem": ("dicomodel.items.add_near_sequence_item", "AddNearSequenceItem"),
    "CylinderSequenceItem": ("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem"),
    "HorizontalPrismBase": ("dicomodel.enums.horizontal_prism_base", "HorizontalPrismBase"),
    "PrismSequenceItem": ("dicomodel.items.prism_sequence_item", "PrismSequenceItem"),
    "SubjectiveRefractionLeftEyeSequenceItem": (
        "dicomodel.items.subjective_refraction_measurements_item",
        "SubjectiveRefractionMeasurementsItem",
    ),
    "SubjectiveRefractionRightEyeSequenceItem": (
        "dicomodel.items.subjective_refraction_measurements_item",
        "SubjectiveRefractionMeasurementsItem",
    ),
    "VerticalPrismBase": ("dicomodel.enums.vertical_prism_base", "VerticalPrismBase"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
