"""Common CT/MR and Photoacoustic Image Description Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import pixel_presentation as _pixel_presentation
from dicomodel.enums import (
    volume_based_calculation_technique as _volume_based_calculation_technique,
)
from dicomodel.enums import volumetric_properties as _volumetric_properties
from dicomodel.model import Attribute, DicomModel


class CommonCTMRAndPhotoacousticImageDescriptionMacro(DicomModel):
    """Common CT/MR and Photoacoustic Image Description Macro Attributes (PS3.3 Table C.8-131)."""

    dicom_name: ClassVar[str] = "Common CT/MR and Photoacoustic Image Description"
    dicom_table: ClassVar[str] = "table_C.8-131"

    PixelPresentation: Annotated[
        _pixel_presentation.PixelPresentation,
        Attribute(
            0x00089205,
            "CS",
            "1",
            "1",
            name="Pixel Presentation",
            enumerated=((0, ("COLOR", "MONOCHROME", "MIXED", "TRUE_COLOR")),),
        ),
    ]
    """Pixel Presentation (0008,9205): Type 1, VR CS, VM 1. Indication of the presence or absence of color information that may be used during rendering. See Section C.8.16.2.1.1 for a description and Enumerated Values."""

    VolumetricProperties: Annotated[
        _volumetric_properties.VolumetricProperties,
        Attribute(
            0x00089206,
            "CS",
            "1",
            "1",
            name="Volumetric Properties",
            enumerated=((0, ("VOLUME", "SAMPLED", "DISTORTED", "MIXED")),),
        ),
    ]
    """Volumetric Properties (0008,9206): Type 1, VR CS, VM 1. Indication if geometric manipulations are possible with frames in the SOP Instance. See Section C.8.16.2.1.2 for a description and Enumerated Values."""

    VolumeBasedCalculationTechnique: Annotated[
        _volume_based_calculation_technique.VolumeBasedCalculationTechniqueTerm | vr.CS,
        Attribute(0x00089207, "CS", "1", "1", name="Volume Based Calculation Technique"),
    ]
    """Volume Based Calculation Technique (0008,9207): Type 1, VR CS, VM 1. Method used for volume calculations with frames in the SOP Instance. See Section C.8.16.2.1.3 for a description and Defined Terms."""
