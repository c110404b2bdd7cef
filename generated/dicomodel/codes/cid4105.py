"""CID 4105 Perfusion Analysis Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.990.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4105
NAME: Final[str] = "Perfusion Analysis Method"
KEYWORD: Final[str | None] = "PerfusionAnalysisMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.990"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeastMeanSquareLMSDeconvolution: Final[Code] = Code(
    "DCM", "126310", "Least Mean Square (LMS) deconvolution", (4105,)
)
"""Least Mean Square (LMS) deconvolution (DCM 126310)."""

SingularValueDecompositionSVDDeconvolution: Final[Code] = Code(
    "DCM", "126311", "Singular Value Decomposition (SVD) deconvolution", (4105,)
)
"""Singular Value Decomposition (SVD) deconvolution (DCM 126311)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeastMeanSquareLMSDeconvolution,
    SingularValueDecompositionSVDDeconvolution,
)
"""The resolved membership: own members, then those of the included groups, in order."""
