"""RT Projection Imaging Request Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import (
    imaging_source_location_specification_type as _imaging_source_location_specification_type,
)
from dicomodel.items.imaging_device_location_matrix_sequence_item import (
    ImagingDeviceLocationMatrixSequenceItem,
)
from dicomodel.items.imaging_device_location_parameter_sequence_item import (
    ImagingDeviceLocationParameterSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTProjectionImagingRequestGeometryMacro(DicomModel):
    """RT Projection Imaging Request Geometry Macro Attributes (PS3.3 Table C.36.2.4.1-1)."""

    dicom_name: ClassVar[str] = "RT Projection Imaging Request Geometry"
    dicom_table: ClassVar[str] = "table_C.36.2.4.1-1"

    ImagingSourceLocationSpecificationType: Annotated[
        _imaging_source_location_specification_type.ImagingSourceLocationSpecificationType,
        Attribute(
            0x30020111,
            "CS",
            "1",
            "1",
            name="Imaging Source Location Specification Type",
            enumerated=((0, ("ABSOLUTE_MATRIX", "ABSOLUTE_PARAMS", "RELATIVE_PARAMS")),),
        ),
    ]
    """Imaging Source Location Specification Type (3002,0111): Type 1, VR CS, VM 1. The method of specifying the location and orientation of the imaging source. Enumerated Values: ABSOLUTE_MATRIX Specified using absolute values represented by matrices describing the Imaging Source Coordinate System with respect to the Equi..."""

    ImagingDeviceLocationMatrixSequence: Annotated[
        list[ImagingDeviceLocationMatrixSequenceItem] | None,
        Attribute(
            0x30020112,
            "SQ",
            "1",
            "1C",
            name="Imaging Device Location Matrix Sequence",
            when=(
                "and",
                ("present", 0x30020111),
                ("value", 0x30020111, 0, "in", ("ABSOLUTE_MATRIX",)),
            ),
        ),
    ] = None
    """Imaging Device Location Matrix Sequence (3002,0112): Type 1C, VR SQ, VM 1. Required if Imaging Source Location Specification Type (3002,0111) is present and has a value of ABSOLUTE_MATRIX. Parameters describing the location of the Imaging Source and the Image Receptor by the means of matrices. Required if Imaging Source Location Specification Type (3002,0111) is present and has a value of ABSOLUTE_MATRIX."""

    ImagingDeviceLocationParameterSequence: Annotated[
        list[ImagingDeviceLocationParameterSequenceItem] | None,
        Attribute(
            0x30020113,
            "SQ",
            "1",
            "1C",
            name="Imaging Device Location Parameter Sequence",
            when=(
                "and",
                ("present", 0x30020111),
                ("value", 0x30020111, 0, "in", ("ABSOLUTE_PARAMS", "RELATIVE_PARAMS")),
            ),
        ),
    ] = None
    """Imaging Device Location Parameter Sequence (3002,0113): Type 1C, VR SQ, VM 1. Required if Imaging Source Location Specification Type (3002,0111) is present and has a value of ABSOLUTE_PARAMS or RELATIVE_PARAMS. Parameters describing the location and orientation of the image receptor by the means of parameters. Required if Imaging Source Location Specification Type (3002,0111) is present and has a value of ABSOLUTE_PARAMS or RELATIVE_PARAMS."""
