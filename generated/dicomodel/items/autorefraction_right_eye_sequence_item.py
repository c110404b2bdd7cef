"""Item class AutorefractionRightEyeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem as _CylinderSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CylinderSequenceItem = Lazy("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem")

if TYPE_CHECKING:
    from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem as CylinderSequenceItem

__all__ = [
    "AutorefractionRightEyeSequenceItem",
    "CylinderSequenceItem",
]


class AutorefractionRightEyeSequenceItem(DicomModel):
    """An item of Autorefraction Right Eye Sequence (0046,0050), as first defined in Autorefraction Measurements Module Attributes (C.8.25.9-1)."""

    dicom_name: ClassVar[str] = "Autorefraction Right Eye Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.9-1"

    SpherePower: Annotated[vr.FD, Attribute(0x00460146, "FD", "1", "1", name="Sphere Power")]
    """Sphere Power (0046,0146): Type 1, VR FD, VM 1. Refractive power of the eye that is the same in all meridians, measured at distance (optical infinity), in diopters."""

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

    PupilSize: Annotated[vr.FD | None, Attribute(0x00460044, "FD", "1", "3", name="Pupil Size")] = (
        None
    )
    """Pupil Size (0046,0044): Type 3, VR FD, VM 1. The horizontal diameter measurement of the pupil, in mm."""

    CornealSize: Annotated[
        vr.FD | None, Attribute(0x00460046, "FD", "1", "3", name="Corneal Size")
    ] = None
    """Corneal Size (0046,0046): Type 3, VR FD, VM 1. The horizontal diameter measurement of the cornea, in mm."""

    VertexDistance: Annotated[
        vr.FD | None, Attribute(0x0022000F, "FD", "1", "3", name="Vertex Distance")
    ] = None
    """Vertex Distance (0022,000F): Type 3, VR FD, VM 1. The distance from the corneal vertex of the eye to the back of the corrective lens, in mm."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
