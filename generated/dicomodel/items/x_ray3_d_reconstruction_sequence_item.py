"""Item class XRay3DReconstructionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.algorithm_type import AlgorithmTypeTerm as _AlgorithmTypeTerm
else:
    from dicomodel.lazy import Lazy

    _AlgorithmTypeTerm = Lazy("dicomodel.enums.algorithm_type", "AlgorithmTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.algorithm_type import AlgorithmTypeTerm as AlgorithmTypeTerm

__all__ = [
    "AlgorithmTypeTerm",
    "XRay3DReconstructionSequenceItem",
]


class XRay3DReconstructionSequenceItem(DicomModel):
    """An item of X-Ray 3D Reconstruction Sequence (0018,9530), as first defined in X-Ray 3D Reconstruction Module Attributes (C.8.21.4-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D Reconstruction Sequence"
    dicom_table: ClassVar[str] = "table_C.8.21.4-1"

    ReconstructionDescription: Annotated[
        vr.LO | None, Attribute(0x00189531, "LO", "1", "3", name="Reconstruction Description")
    ] = None
    """Reconstruction Description (0018,9531): Type 3, VR LO, VM 1. Free text description of the purpose of the reconstruction, e.g., mask volume."""

    ApplicationName: Annotated[
        vr.LO, Attribute(0x00189524, "LO", "1", "1", name="Application Name")
    ]
    """Application Name (0018,9524): Type 1, VR LO, VM 1. Name of the application that created the reconstruction."""

    ApplicationVersion: Annotated[
        vr.LO, Attribute(0x00189525, "LO", "1", "1", name="Application Version")
    ]
    """Application Version (0018,9525): Type 1, VR LO, VM 1. Version of the application that created the reconstruction."""

    ApplicationManufacturer: Annotated[
        vr.LO, Attribute(0x00189526, "LO", "1", "1", name="Application Manufacturer")
    ]
    """Application Manufacturer (0018,9526): Type 1, VR LO, VM 1. Name of the manufacturer of the application that created the reconstruction."""

    AlgorithmType: Annotated[
        _AlgorithmTypeTerm | vr.CS, Attribute(0x00189527, "CS", "1", "1", name="Algorithm Type")
    ]
    """Algorithm Type (0018,9527): Type 1, VR CS, VM 1. Type of algorithm used to create the reconstruction. Defined Terms: FILTER_BACK_PROJ ITERATIVE"""

    AlgorithmDescription: Annotated[
        vr.LO | None, Attribute(0x00189528, "LO", "1", "3", name="Algorithm Description")
    ] = None
    """Algorithm Description (0018,9528): Type 3, VR LO, VM 1. Description of the algorithm used to create the reconstruction."""

    AcquisitionIndex: Annotated[
        list[vr.US], Attribute(0x00209518, "US", "1-n", "1", name="Acquisition Index")
    ]
    """Acquisition Index (0020,9518): Type 1, VR US, VM 1-n. The Item number(s) of the X-Ray 3D Acquisition Sequence (0018,9507) that describes the acquisition context(s) contributing to this reconstruction."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmTypeTerm": ("dicomodel.enums.algorithm_type", "AlgorithmTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
