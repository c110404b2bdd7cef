"""Item class LensometryMeasurementsItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.lens_segment_type import LensSegmentTypeValue as _LensSegmentTypeValue
    from dicomodel.items.add_near_sequence_item import AddNearSequenceItem as _AddNearSequenceItem
    from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem as _CylinderSequenceItem
    from dicomodel.items.prism_sequence_item import PrismSequenceItem as _PrismSequenceItem
else:
    from dicomodel.lazy import Lazy

    _AddNearSequenceItem = Lazy("dicomodel.items.add_near_sequence_item", "AddNearSequenceItem")
    _CylinderSequenceItem = Lazy("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem")
    _LensSegmentTypeValue = Lazy("dicomodel.enums.lens_segment_type", "LensSegmentTypeValue")
    _PrismSequenceItem = Lazy("dicomodel.items.prism_sequence_item", "PrismSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.horizontal_prism_base import HorizontalPrismBase as HorizontalPrismBase
    from dicomodel.enums.lens_segment_type import LensSegmentType as LensSegmentType
    from dicomodel.enums.vertical_prism_base import VerticalPrismBase as VerticalPrismBase
    from dicomodel.items.add_near_sequence_item import (
        AddNearSequenceItem as AddIntermediateSequenceItem,
    )
    from dicomodel.items.add_near_sequence_item import AddNearSequenceItem as AddNearSequenceItem
    from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem as CylinderSequenceItem
    from dicomodel.items.prism_sequence_item import PrismSequenceItem as PrismSequenceItem

__all__ = [
    "AddIntermediateSequenceItem",
    "AddNearSequenceItem",
    "CylinderSequenceItem",
    "HorizontalPrismBase",
    "LensSegmentType",
    "LensometryMeasurementsItem",
    "PrismSequenceItem",
    "VerticalPrismBase",
]


class LensometryMeasurementsItem(DicomModel):
    """An item of Right Lens Sequence (0046,0014), as first defined in Lensometry Measurements Module Attributes (C.8.25.8-1)."""

    dicom_name: ClassVar[str] = "Right Lens Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.8-1"

    SpherePower: Annotated[vr.FD, Attribute(0x00460146, "FD", "1", "1", name="Sphere Power")]
    """Sphere Power (0046,0146): Type 1, VR FD, VM 1. Refractive power of the lens that is the same in all meridians, measured at distance (optical infinity), in diopters."""

    CylinderSequence: Annotated[
        list[_CylinderSequenceItem] | None,
        Attribute(
            0x00460018,
            "SQ",
            "1",
            "1C",
            name="Cylinder Sequence",
            when=(
                "unknown",
                "names no attribute: astigmatic correction or astigmatism is measured",
            ),
        ),
    ] = None
    """Cylinder Sequence (0046,0018): Type 1C, VR SQ, VM 1. Required if astigmatic correction or astigmatism is measured. A Sequence that specifies lens measurements to correct for astigmatism or measurements of an eye that has astigmatism. Required if astigmatic correction or astigmatism is measured. Only a single Item shall be included in this Sequence."""

    AddNearSequence: Annotated[
        list[_AddNearSequenceItem] | None,
        Attribute(
            0x00460100,
            "SQ",
            "1",
            "1C",
            name="Add Near Sequence",
            when=("unknown", "names no attribute: Add Near is measured in the lens"),
        ),
    ] = None
    """Add Near Sequence (0046,0100): Type 1C, VR SQ, VM 1. Required if Add Near is measured in the lens. A Sequence that specifies refractive measurements of the lens to correct for inability to focus at near while wearing the distance prescription. Only a single Item shall be included in this Sequence."""

    AddIntermediateSequence: Annotated[
        list[_AddNearSequenceItem] | None,
        Attribute(
            0x00460101,
            "SQ",
            "1",
            "1C",
            name="Add Intermediate Sequence",
            when=("unknown", "names no attribute: Add intermediate is measured in the lens"),
        ),
    ] = None
    """Add Intermediate Sequence (0046,0101): Type 1C, VR SQ, VM 1. Required if Add intermediate is measured in the lens. A Sequence that specifies refractive measurements of the lens to correct for inability to focus at intermediate distance while wearing the distance prescription. Only a single Item shall be included in this Sequence."""

    PrismSequence: Annotated[
        list[_PrismSequenceItem] | None,
        Attribute(
            0x00460028,
            "SQ",
            "1",
            "1C",
            name="Prism Sequence",
            when=(
                "unknown",
                "names no attribute: prism is measured in the lens or if this part of a refraction is done for a patient",
            ),
        ),
    ] = None
    """Prism Sequence (0046,0028): Type 1C, VR SQ, VM 1. Required if prism is measured in the lens or if this part of a refraction is done for a patient. A Sequence that specifies prism that is measured in a lens, or that is required to correct for a patient's ocular misalignment. Required if prism is measured in the lens or if this part of a refraction is done for a patient."""

    LensSegmentType: Annotated[
        _LensSegmentTypeValue | None,
        Attribute(
            0x00460038,
            "CS",
            "1",
            "3",
            name="Lens Segment Type",
            enumerated=((0, ("PROGRESSIVE", "NONPROGRESSIVE")),),
        ),
    ] = None
    """Lens Segment Type (0046,0038): Type 3, VR CS, VM 1. The type of segment of a lens containing the \"add\" power, as described above Enumerated Values: PROGRESSIVE NONPROGRESSIVE"""

    OpticalTransmittance: Annotated[
        vr.FD | None, Attribute(0x00460040, "FD", "1", "3", name="Optical Transmittance")
    ] = None
    """Optical Transmittance (0046,0040): Type 3, VR FD, VM 1. The fraction of light that passes through the measured lens optical media, in percent."""

    ChannelWidth: Annotated[
        vr.FD | None, Attribute(0x00460042, "FD", "1", "3", name="Channel Width")
    ] = None
    """Channel Width (0046,0042): Type 3, VR FD, VM 1. In a progressive lens, the width in mm of that portion of the lens where there is gradual or progressive increase in \"add\" power."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AddIntermediateSequenceItem": (
        "dicomodel.items.add_near_sequence_item",
        "AddNearSequenceItem",
    ),
    "AddNearSequenceItem": ("dicomodel.items.add_near_sequence_item", "AddNearSequenceItem"),
    "CylinderSequenceItem": ("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem"),
    "HorizontalPrismBase": ("dicomodel.enums.horizontal_prism_base", "HorizontalPrismBase"),
    "LensSegmentType": ("dicomodel.enums.lens_segment_type", "LensSegmentType"),
    "PrismSequenceItem": ("dicomodel.items.prism_sequence_item", "PrismSequenceItem"),
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
