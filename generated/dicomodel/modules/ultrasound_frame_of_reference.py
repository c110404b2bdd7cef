"""Ultrasound Frame of Reference Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.patient_frame_of_reference_source import (
        PatientFrameOfReferenceSourceValue as _PatientFrameOfReferenceSourceValue,
    )
    from dicomodel.enums.ultrasound_acquisition_geometry import (
        UltrasoundAcquisitionGeometryTerm as _UltrasoundAcquisitionGeometryTerm,
    )
    from dicomodel.enums.volume_to_transducer_relationship import (
        VolumeToTransducerRelationshipValue as _VolumeToTransducerRelationshipValue,
    )
else:
    from dicomodel.lazy import Lazy

    _PatientFrameOfReferenceSourceValue = Lazy(
        "dicomodel.enums.patient_frame_of_reference_source", "PatientFrameOfReferenceSourceValue"
    )
    _UltrasoundAcquisitionGeometryTerm = Lazy(
        "dicomodel.enums.ultrasound_acquisition_geometry", "UltrasoundAcquisitionGeometryTerm"
    )
    _VolumeToTransducerRelationshipValue = Lazy(
        "dicomodel.enums.volume_to_transducer_relationship", "VolumeToTransducerRelationshipValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.patient_frame_of_reference_source import (
        PatientFrameOfReferenceSource as PatientFrameOfReferenceSource,
    )
    from dicomodel.enums.ultrasound_acquisition_geometry import (
        UltrasoundAcquisitionGeometryTerm as UltrasoundAcquisitionGeometryTerm,
    )
    from dicomodel.enums.volume_to_transducer_relationship import (
        VolumeToTransducerRelationship as VolumeToTransducerRelationship,
    )

__all__ = [
    "PatientFrameOfReferenceSource",
    "UltrasoundAcquisitionGeometryTerm",
    "UltrasoundFrameOfReferenceModule",
    "VolumeToTransducerRelationship",
]


class UltrasoundFrameOfReferenceModule(DicomModel):
    """Ultrasound Frame of Reference Module Attributes (PS3.3 Table C.8.24.2-1)."""

    dicom_name: ClassVar[str] = "Ultrasound Frame of Reference"
    dicom_table: ClassVar[str] = "table_C.8.24.2-1"

    VolumeFrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x00209312, "UI", "1", "1", name="Volume Frame of Reference UID")
    ]
    """Volume Frame of Reference UID (0020,9312): Type 1, VR UI, VM 1. Uniquely identifies this Volume Frame of Reference."""

    UltrasoundAcquisitionGeometry: Annotated[
        _UltrasoundAcquisitionGeometryTerm | vr.CS,
        Attribute(0x00209307, "CS", "1", "1", name="Ultrasound Acquisition Geometry"),
    ]
    """Ultrasound Acquisition Geometry (0020,9307): Type 1, VR CS, VM 1. Characteristic of the ultrasound acquisition geometry. Defined Terms: APEX there exists an apex of the scan lines from which the volume data was acquired."""

    ApexPosition: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00209308,
            "FD",
            "3",
            "1C",
            name="Apex Position",
            when=("value", 0x00209307, 0, "in", ("APEX",)),
        ),
    ] = None
    """Apex Position (0020,9308): Type 1C, VR FD, VM 3. Required if value of Ultrasound Acquisition Geometry (0020,9307) is APEX. Position of the apex (or phase center) of the acquisition geometry, encoded as xA, yA, and zA in mm units in the Volume Frame of Reference. The apex (xA, yA, zA) may be located in the volume or exterior to it."""

    VolumeToTransducerRelationship: Annotated[
        _VolumeToTransducerRelationshipValue | None,
        Attribute(
            0x0020930B,
            "CS",
            "1",
            "1C",
            name="Volume to Transducer Relationship",
            enumerated=((0, ("FIXED", "POSITION_VAR", "ORIENTATION_VAR", "VARIABLE")),),
            when=(
                "unknown",
                "names no attribute: the transducer position and/or orientation relative to the volume is not constant",
            ),
            otherwise="may",
        ),
    ] = None
    """Volume to Transducer Relationship (0020,930B): Type 1C, VR CS, VM 1. Required if the transducer position and/or orientation relative to the volume is not constant. May be present otherwise. Relationship between the transducer and the acquired volume. Enumerated Values: FIXED The transducer position and orientation relative to the volume is constant and specified by Volume to Transducer Mapping Matrix (0020,9309)."""

    VolumeToTransducerMappingMatrix: Annotated[
        list[vr.FD],
        Attribute(0x00209309, "FD", "16", "1", name="Volume to Transducer Mapping Matrix"),
    ]
    """Volume to Transducer Mapping Matrix (0020,9309): Type 1, VR FD, VM 16. A 4x4 rigid transformation matrix that maps the Volume Frame of Reference homogeneous coordinate system (XV, YV, ZV) to the Transducer Frame of Reference homogeneous coordinate system (XX,YX, ZX)."""

    PatientFrameOfReferenceSource: Annotated[
        _PatientFrameOfReferenceSourceValue | None,
        Attribute(
            0x0020930C,
            "CS",
            "1",
            "1C",
            name="Patient Frame of Reference Source",
            enumerated=((0, ("TABLE", "ESTIMATED", "REGISTRATION")),),
            when=("or", ("present", 0x00200032), ("present", 0x00200037)),
        ),
    ] = None
    """Patient Frame of Reference Source (0020,930C): Type 1C, VR CS, VM 1. Required if either Image Position (Patient) (0020,0032) or Image Orientation (Patient) (0020,0037) is present. Indicates how the supplied Image Position (Patient) (0020,0032) and Image Orientation (Patient) (0020,0037) values are obtained. Enumerated Values: TABLE A positioning device, such as a gantry, was used to generate these values."""

    TableFrameOfReferenceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00209313,
            "UI",
            "1",
            "1C",
            name="Table Frame of Reference UID",
            when=("value", 0x0020930C, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Table Frame of Reference UID (0020,9313): Type 1C, VR UI, VM 1. Required if Patient Frame of Reference Source (0020,930C) is TABLE. Uniquely identifies this Table Frame of Reference. Required if Patient Frame of Reference Source (0020,930C) is TABLE."""

    VolumeToTableMappingMatrix: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x0020930A,
            "FD",
            "16",
            "1C",
            name="Volume to Table Mapping Matrix",
            when=("value", 0x0020930C, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Volume to Table Mapping Matrix (0020,930A): Type 1C, VR FD, VM 16. Required if Patient Frame of Reference Source (0020,930C) is TABLE. A 4x4 rigid transformation matrix that maps the Volume Frame of Reference homogeneous coordinate system (XV,YV, ZV) to the Table Frame of Reference homogeneous coordinate system (XT,YT, ZT)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PatientFrameOfReferenceSource": (
        "dicomodel.enums.patient_frame_of_reference_source",
        "PatientFrameOfReferenceSource",
    ),
    "UltrasoundAcquisitionGeometryTerm": (
        "dicomodel.enums.ultrasound_acquisition_geometry",
        "UltrasoundAcquisitionGeometryTerm",
    ),
    "VolumeToTransducerRelationship": (
        "dicomodel.enums.volume_to_transducer_relationship",
        "VolumeToTransducerRelationship",
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
