"""Item class ProjectionImagingAcquisitionParameterSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import (
    imaging_aperture_specification_type as _imaging_aperture_specification_type,
)
from dicomodel.enums import (
    imaging_source_location_specification_type as _imaging_source_location_specification_type,
)
from dicomodel.items.imaging_aperture_sequence_item import ImagingApertureSequenceItem
from dicomodel.items.imaging_device_location_matrix_sequence_item import (
    ImagingDeviceLocationMatrixSequenceItem,
)
from dicomodel.items.imaging_device_location_parameter_sequence_item import (
    ImagingDeviceLocationParameterSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ProjectionImagingAcquisitionParameterSequenceItem(DicomModel):
    """An item of Projection Imaging Acquisition Parameter Sequence (3002,0125), as first defined in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    dicom_name: ClassVar[str] = "Projection Imaging Acquisition Parameter Sequence"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

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

    ImagingApertureSpecificationType: Annotated[
        _imaging_aperture_specification_type.ImagingApertureSpecificationType | None,
        Attribute(
            0x30020115,
            "CS",
            "1",
            "3",
            name="Imaging Aperture Specification Type",
            enumerated=((0, ("OPEN", "BEAM", "RELATIVE_TO_BEAM", "CUSTOM")),),
        ),
    ] = None
    """Imaging Aperture Specification Type (3002,0115): Type 3, VR CS, VM 1. Type of specification of field aperture for imaging. Enumerated Values: OPEN The aperture is specified to be fully opened."""

    ImagingSourceToBeamModifierDefinitionPlaneDistance: Annotated[
        vr.FD | None,
        Attribute(
            0x3002012D,
            "FD",
            "1",
            "1C",
            name="Imaging Source to Beam Modifier Definition Plane Distance",
            when=("value", 0x30020115, 0, "not_in", ("OPEN",)),
        ),
    ] = None
    """Imaging Source to Beam Modifier Definition Plane Distance (3002,012D): Type 1C, VR FD, VM 1. Required ifImaging Aperture Specification Type (3002,0115) does not have a value of OPEN. Distance in mm from the Radiation Source to the origin of the Base Beam Modifier System. Required ifImaging Aperture Specification Type (3002,0115) does not have a value of OPEN."""

    ReferencedRadiationRTControlPointIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A073B,
            "US",
            "1",
            "1C",
            name="Referenced Radiation RT Control Point Index",
            when=("value", 0x30020115, 0, "in", ("BEAM", "RELATIVE_TO_BEAM")),
        ),
    ] = None
    """Referenced Radiation RT Control Point Index (300A,073B): Type 1C, VR US, VM 1. Required if Imaging Aperture Specification Type (3002,0115) has a value of BEAM or RELATIVE_TO_BEAM. Index of the RT Control Point of the RT Radiation SOP Instance referenced in the Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E) which provides the basis for the aperture definition of the imaging source."""

    ImagingApertureSequence: Annotated[
        list[ImagingApertureSequenceItem] | None,
        Attribute(
            0x30020114,
            "SQ",
            "1",
            "1C",
            name="Imaging Aperture Sequence",
            when=("value", 0x30020115, 0, "in", ("CUSTOM", "RELATIVE_TO_BEAM")),
        ),
    ] = None
    """Imaging Aperture Sequence (3002,0114): Type 1C, VR SQ, VM 1. Required if Imaging Aperture Specification Type (3002,0115) has a value of CUSTOM or RELATIVE_TO_BEAM. Parameters describing the aperture of the imaging source. If Imaging Aperture Specification Type (3002,0115) has a value of CUSTOM, the provided parameter values fully specify the aperture."""
