"""CID 8300 Visual Evaluation Method.

Extensible, version 20140331, UID 1.2.840.10008.6.1.980.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8300
NAME: _Final[str] = "Visual Evaluation Method"
KEYWORD: _Final[str | None] = "VisualEvaluationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.980"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20140331"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OverallImageQualityEvaluation: _Final[_Code] = _Code(
    "DCM", "109701", "Overall image quality evaluation", (8300,)
)
"""Overall image quality evaluation (DCM 109701)."""

GrayscaleResolutionEvaluation: _Final[_Code] = _Code(
    "DCM", "109702", "Grayscale resolution evaluation", (8300,)
)
"""Grayscale resolution evaluation (DCM 109702)."""

LuminanceResponseEvaluation: _Final[_Code] = _Code(
    "DCM", "109703", "Luminance response evaluation", (8300,)
)
"""Luminance response evaluation (DCM 109703)."""

LuminanceUniformityEvaluation: _Final[_Code] = _Code(
    "DCM", "109704", "Luminance uniformity evaluation", (8300,)
)
"""Luminance uniformity evaluation (DCM 109704)."""

ChromaticityEvaluation: _Final[_Code] = _Code("DCM", "109705", "Chromaticity evaluation", (8300,))
"""Chromaticity evaluation (DCM 109705)."""

PixelFaultsEvaluation: _Final[_Code] = _Code("DCM", "109706", "Pixel faults evaluation", (8300,))
"""Pixel faults evaluation (DCM 109706)."""

VeilingGlareEvaluation: _Final[_Code] = _Code("DCM", "109707", "Veiling glare evaluation", (8300,))
"""Veiling glare evaluation (DCM 109707)."""

GeometricalImageEvaluation: _Final[_Code] = _Code(
    "DCM", "109708", "Geometrical image evaluation", (8300,)
)
"""Geometrical image evaluation (DCM 109708)."""

AngularViewingEvaluation: _Final[_Code] = _Code(
    "DCM", "109709", "Angular viewing evaluation", (8300,)
)
"""Angular viewing evaluation (DCM 109709)."""

ClinicalEvaluation: _Final[_Code] = _Code("DCM", "109710", "Clinical evaluation", (8300,))
"""Clinical evaluation (DCM 109710)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
