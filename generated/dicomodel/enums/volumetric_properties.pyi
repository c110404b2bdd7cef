"""Enumerated Values and Defined Terms of Volumetric Properties.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VolumetricProperties as VolumetricProperties
from dicomodel.enums import (
    VolumetricPropertiesIntravascularOCTImage as VolumetricPropertiesIntravascularOCTImage,
)
from dicomodel.enums import (
    VolumetricPropertiesIntravascularOCTImageValue as VolumetricPropertiesIntravascularOCTImageValue,
)
from dicomodel.enums import VolumetricPropertiesValue as VolumetricPropertiesValue
from dicomodel.enums import (
    VolumetricPropertiesWholeSlideMicroscopyImage as VolumetricPropertiesWholeSlideMicroscopyImage,
)
from dicomodel.enums import (
    VolumetricPropertiesWholeSlideMicroscopyImageValue as VolumetricPropertiesWholeSlideMicroscopyImageValue,
)

__all__ = [
    "VolumetricProperties",
    "VolumetricPropertiesIntravascularOCTImage",
    "VolumetricPropertiesIntravascularOCTImageValue",
    "VolumetricPropertiesValue",
    "VolumetricPropertiesWholeSlideMicroscopyImage",
    "VolumetricPropertiesWholeSlideMicroscopyImageValue",
]
