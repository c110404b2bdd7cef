"""CID 8300 Visual Evaluation Method.

Extensible, version 20140331, UID 1.2.840.10008.6.1.980.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8300
NAME: Final[str] = "Visual Evaluation Method"
KEYWORD: Final[str | None] = "VisualEvaluationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.980"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20140331"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OverallImageQualityEvaluation: Final[Code] = Code(
    "DCM", "109701", "Overall image quality evaluation", (8300,)
)
"""Overall image quality evaluation (DCM 109701)."""

GrayscaleResolutionEvaluation: Final[Code] = Code(
    "DCM", "109702", "Grayscale resolution evaluation", (8300,)
)
"""Grayscale resolution evaluation (DCM 109702)."""

LuminanceResponseEvaluation: Final[Code] = Code(
    "DCM", "109703", "Luminance response evaluation", (8300,)
)
"""Luminance response evaluation (DCM 109703)."""

LuminanceUniformityEvaluation: Final[Code] = Code(
    "DCM", "109704", "Luminance uniformity evaluation", (8300,)
)
"""Luminance uniformity evaluation (DCM 109704)."""

ChromaticityEvaluation: Final[Code] = Code("DCM", "109705", "Chromaticity evaluation", (8300,))
"""Chromaticity evaluation (DCM 109705)."""

PixelFaultsEvaluation: Final[Code] = Code("DCM", "109706", "Pixel faults evaluation", (8300,))
"""Pixel faults evaluation (DCM 109706)."""

VeilingGlareEvaluation: Final[Code] = Code("DCM", "109707", "Veiling glare evaluation", (8300,))
"""Veiling glare evaluation (DCM 109707)."""

GeometricalImageEvaluation: Final[Code] = Code(
    "DCM", "109708", "Geometrical image evaluation", (8300,)
)
"""Geometrical image evaluation (DCM 109708)."""

AngularViewingEvaluation: Final[Code] = Code("DCM", "109709", "Angular viewing evaluation", (8300,))
"""Angular viewing evaluation (DCM 109709)."""

ClinicalEvaluation: Final[Code] = Code("DCM", "109710", "Clinical evaluation", (8300,))
"""Clinical evaluation (DCM 109710)."""

MEMBERS: Final[tuple[Code, ...]] = (
    OverallImageQualityEvaluation,
    GrayscaleResolutionEvaluation,
    LuminanceResponseEvaluation,
    LuminanceUniformityEvaluation,
    ChromaticityEvaluation,
    PixelFaultsEvaluation,
    VeilingGlareEvaluation,
    GeometricalImageEvaluation,
    AngularViewingEvaluation,
    ClinicalEvaluation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
