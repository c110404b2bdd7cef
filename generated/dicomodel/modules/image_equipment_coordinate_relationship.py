"""Image - Equipment Coordinate Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.equipment_coordinate_system_identification import (
        EquipmentCoordinateSystemIdentificationTerm as _EquipmentCoordinateSystemIdentificationTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _EquipmentCoordinateSystemIdentificationTerm = Lazy(
        "dicomodel.enums.equipment_coordinate_system_identification",
        "EquipmentCoordinateSystemIdentificationTerm",
    )

if TYPE_CHECKING:
    from dicomodel.enums.equipment_coordinate_system_identification import (
        EquipmentCoordinateSystemIdentificationTerm as EquipmentCoordinateSystemIdentificationTerm,
    )

__all__ = [
    "EquipmentCoordinateSystemIdentificationTerm",
    "ImageEquipmentCoordinateRelationshipModule",
]


class ImageEquipmentCoordinateRelationshipModule(DicomModel):
    """Image - Equipment Coordinate Relationship Module Attributes (PS3.3 Table C.7.6.21-1)."""

    dicom_name: ClassVar[str] = "Image - Equipment Coordinate Relationship"
    dicom_table: ClassVar[str] = "table_C.7.6.21-1"

    ImageToEquipmentMappingMatrix: Annotated[
        list[vr.DS],
        Attribute(0x00289520, "DS", "16", "1", name="Image to Equipment Mapping Matrix"),
    ]
    """Image to Equipment Mapping Matrix (0028,9520): Type 1, VR DS, VM 16. A 4x4 rigid transformation matrix that maps patient coordinate space of the reconstructed image to the equipment defined original coordinate space. Matrix elements shall be listed in row-major order. See Section C.7.6.21.1."""

    EquipmentCoordinateSystemIdentification: Annotated[
        _EquipmentCoordinateSystemIdentificationTerm | vr.CS,
        Attribute(0x00289537, "CS", "1", "1", name="Equipment Coordinate System Identification"),
    ]
    """Equipment Coordinate System Identification (0028,9537): Type 1, VR CS, VM 1. Identification of the type of equipment coordinate system in which the projection images were acquired. See Section C.7.6.21.2. Defined Terms: ISOCENTER"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "EquipmentCoordinateSystemIdentificationTerm": (
        "dicomodel.enums.equipment_coordinate_system_identification",
        "EquipmentCoordinateSystemIdentificationTerm",
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
