"""General Ophthalmic Refractive Measurements Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.measurement_laterality import (
        MeasurementLateralityValue as _MeasurementLateralityValue,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MeasurementLateralityValue = Lazy(
        "dicomodel.enums.measurement_laterality", "MeasurementLateralityValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.measurement_laterality import (
        MeasurementLaterality as MeasurementLaterality,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRefractiveMeasurementsSequenceItem,
    )

__all__ = [
    "GeneralOphthalmicRefractiveMeasurementsModule",
    "MeasurementLaterality",
    "ReferencedRefractiveMeasurementsSequenceItem",
]


class GeneralOphthalmicRefractiveMeasurementsModule(DicomModel):
    """General Ophthalmic Refractive Measurements Module Attributes (PS3.3 Table C.8.25.7-1)."""

    dicom_name: ClassVar[str] = "General Ophthalmic Refractive Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.7-1"

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies these measurements."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the measurements data creation started."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the measurements data creation started."""

    MeasurementLaterality: Annotated[
        _MeasurementLateralityValue | None,
        Attribute(
            0x00240113,
            "CS",
            "1",
            "3",
            name="Measurement Laterality",
            enumerated=((0, ("R", "L", "B")),),
        ),
    ] = None
    """Measurement Laterality (0024,0113): Type 3, VR CS, VM 1. Laterality of refractive measurement performed. Enumerated Values: R right L left B both left and right together Laterality (0020,0060) is a Series level Attribute and must be the same for all Measurements in the Series, hence it must be ab..."""

    ImageComments: Annotated[
        vr.LT | None, Attribute(0x00204000, "LT", "1", "3", name="Image Comments")
    ] = None
    """Image Comments (0020,4000): Type 3, VR LT, VM 1. User-defined comments about this SOP Instance."""

    ReferencedRefractiveMeasurementsSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00460145,
            "SQ",
            "1",
            "2C",
            name="Referenced Refractive Measurements Sequence",
            when=("present", 0x00460121),
            otherwise="may",
        ),
    ] = None
    """Referenced Refractive Measurements Sequence (0046,0145): Type 2C, VR SQ, VM 1. Required if Visual Acuity Type Code Sequence (0046,0121) is present. May be present otherwise. A Sequence that specifies Ophthalmic Refractive Measurements SOP Instances that are relevant to the interpretation of this SOP Instance. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MeasurementLaterality": ("dicomodel.enums.measurement_laterality", "MeasurementLaterality"),
    "ReferencedRefractiveMeasurementsSequenceItem": (
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
