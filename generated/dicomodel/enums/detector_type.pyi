"""Enumerated Values and Defined Terms of Detector Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DetectorTypeTerm as DetectorTypeTerm
from dicomodel.enums import (
    DetectorTypeTermBreastTomosynthesisContributingSources as DetectorTypeTermBreastTomosynthesisContributingSources,
)
from dicomodel.enums import (
    DetectorTypeTermOphthalmicPhotographicParameters as DetectorTypeTermOphthalmicPhotographicParameters,
)
from dicomodel.enums import (
    DetectorTypeTermOphthalmicTomographyParameters as DetectorTypeTermOphthalmicTomographyParameters,
)

__all__ = [
    "DetectorTypeTerm",
    "DetectorTypeTermBreastTomosynthesisContributingSources",
    "DetectorTypeTermOphthalmicPhotographicParameters",
    "DetectorTypeTermOphthalmicTomographyParameters",
]
