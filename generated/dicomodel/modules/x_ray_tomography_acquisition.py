"""X-Ray Tomography Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.tomo_class import TomoClassTerm as _TomoClassTerm
    from dicomodel.enums.tomo_type import TomoTypeTerm as _TomoTypeTerm
else:
    from dicomodel.lazy import Lazy

    _TomoClassTerm = Lazy("dicomodel.enums.tomo_class", "TomoClassTerm")
    _TomoTypeTerm = Lazy("dicomodel.enums.tomo_type", "TomoTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.tomo_class import TomoClassTerm as TomoClassTerm
    from dicomodel.enums.tomo_type import TomoTypeTerm as TomoTypeTerm

__all__ = [
    "TomoClassTerm",
    "TomoTypeTerm",
    "XRayTomographyAcquisitionModule",
]


class XRayTomographyAcquisitionModule(DicomModel):
    """X-Ray Tomography Acquisition Module Attributes (PS3.3 Table C.8-32)."""

    dicom_name: ClassVar[str] = "X-Ray Tomography Acquisition"
    dicom_table: ClassVar[str] = "table_C.8-32"

    TomoLayerHeight: Annotated[
        vr.DS, Attribute(0x00181460, "DS", "1", "1", name="Tomo Layer Height")
    ]
    """Tomo Layer Height (0018,1460): Type 1, VR DS, VM 1. Distance in mm between the table surface and the sharp image plane."""

    TomoAngle: Annotated[vr.DS | None, Attribute(0x00181470, "DS", "1", "3", name="Tomo Angle")] = (
        None
    )
    """Tomo Angle (0018,1470): Type 3, VR DS, VM 1. Angle span in degrees of rotation of X-Ray Source during X-Ray acquisition."""

    TomoTime: Annotated[vr.DS | None, Attribute(0x00181480, "DS", "1", "3", name="Tomo Time")] = (
        None
    )
    """Tomo Time (0018,1480): Type 3, VR DS, VM 1. Time in seconds the source has taken to rotate the Tomo Angle during X-Ray acquisition."""

    TomoType: Annotated[
        _TomoTypeTerm | vr.CS | None, Attribute(0x00181490, "CS", "1", "3", name="Tomo Type")
    ] = None
    """Tomo Type (0018,1490): Type 3, VR CS, VM 1. Type of tomography. Defined Terms: LINEAR SPIRAL POLYCYCLOIDAL CIRCULAR"""

    TomoClass: Annotated[
        _TomoClassTerm | vr.CS | None, Attribute(0x00181491, "CS", "1", "3", name="Tomo Class")
    ] = None
    """Tomo Class (0018,1491): Type 3, VR CS, VM 1. Form of tomography: Defined Terms: MOTION TOMOSYNTHESIS"""

    NumberOfTomosynthesisSourceImages: Annotated[
        vr.IS | None,
        Attribute(0x00181495, "IS", "1", "3", name="Number of Tomosynthesis Source Images"),
    ] = None
    """Number of Tomosynthesis Source Images (0018,1495): Type 3, VR IS, VM 1. The number of source images used to construct this tomosynthetic image. Only meaningful if Tomo Class (0018,1491) is TOMOSYNTHESIS. These may be listed in Source Image Sequence (0008,2112) of the General Image Module."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TomoClassTerm": ("dicomodel.enums.tomo_class", "TomoClassTerm"),
    "TomoTypeTerm": ("dicomodel.enums.tomo_type", "TomoTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
